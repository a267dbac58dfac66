using MedRec.Portal.Domain.Registrations;

namespace MedRec.Portal.Application.Features.Teams.ListTeams;

/// <summary>A row of the teams list. <see cref="RegistrationStatus"/> is null for non-organisers and for unregistered teams.</summary>
public sealed record TeamListItem(
    Guid Id,
    Guid TaskId,
    string TaskSlug,
    string Name,
    string LeaderDisplayName,
    int MemberCount,
    int MaxSize,
    DateTime CreatedAt,
    RegistrationStatus? RegistrationStatus);
