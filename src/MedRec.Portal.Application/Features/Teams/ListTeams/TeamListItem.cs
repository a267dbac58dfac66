using MedRec.Portal.Domain.Registrations;

namespace MedRec.Portal.Application.Features.Teams.ListTeams;

/// <summary>
/// A row of the teams list. <see cref="RegistrationStatus"/> is null for non-organisers and for unregistered teams.
/// <see cref="MergedIntoTeamId"/> / <see cref="MergedIntoTeamName"/> / <see cref="MergedAt"/> say where and when a merged team went.
/// </summary>
public sealed record TeamListItem(
    Guid Id,
    Guid TaskId,
    string TaskSlug,
    string Name,
    string LeaderDisplayName,
    int MemberCount,
    int MaxSize,
    DateTime CreatedAt,
    RegistrationStatus? RegistrationStatus,
    Guid? MergedIntoTeamId = null,
    string? MergedIntoTeamName = null,
    DateTime? MergedAt = null)
{
    public bool IsMerged => MergedIntoTeamId is not null;
}
