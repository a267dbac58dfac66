using MedRec.Portal.Domain.Registrations;

namespace MedRec.Portal.Application.Features.Teams.GetTeam;

/// <summary>
/// A team as its page shows it, with its task's titles (pages show the title, not the URL slug). <see cref="Invitations"/> is empty unless the viewer leads the team or
/// organises; <see cref="Registration"/> is null for outsiders.
/// </summary>
public sealed record TeamDetail(
    Guid Id,
    Guid TaskId,
    string TaskSlug,
    string TaskTitleZh,
    string TaskTitleEn,
    string Name,
    string Description,
    Guid LeaderId,
    int MaxSize,
    Guid Version,
    IReadOnlyList<TeamMemberInfo> Members,
    IReadOnlyList<InvitationInfo> Invitations,
    RegistrationInfo? Registration,
    bool ViewerIsMember,
    bool ViewerIsLeader);

/// <summary>A member; <see cref="Email"/> is empty for viewers outside the team.</summary>
public sealed record TeamMemberInfo(Guid UserId, string DisplayName, string Email, bool IsLeader, DateTime JoinedAt);

/// <summary>The team's registration for its task.</summary>
public sealed record RegistrationInfo(Guid Id, RegistrationStatus Status, string DecisionReason, Guid TermsAcceptedByUserId, DateTime TermsAcceptedAt, DateTime? DecidedAt, Guid Version);
