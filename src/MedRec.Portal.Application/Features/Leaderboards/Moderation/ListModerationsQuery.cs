using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Leaderboards;
using Mediator;

namespace MedRec.Portal.Application.Features.Leaderboards.Moderation;

/// <summary>Organisers list a phase's moderations, newest first (active and revoked), with team names and people.</summary>
public sealed record ListModerationsQuery(Actor Actor, Guid PhaseId, bool ActiveOnly = false) : IQuery<Result<IReadOnlyList<ModerationInfo>>>, IOrganizerOnly;

/// <summary>
/// A moderation as the organiser console shows it. <see cref="TeamName"/> is the moderated team, or the team of
/// the moderated submission; <see cref="MergeIntoTeamName"/> is set for merges.
/// </summary>
public sealed record ModerationInfo(
    Guid Id,
    ModerationTarget Target,
    Guid TargetId,
    ModerationAction Action,
    string TeamName,
    string? MergeIntoTeamName,
    string Reason,
    IReadOnlyDictionary<string, double>? OverrideMetrics,
    string CreatedBy,
    DateTime CreatedAt,
    bool IsActive,
    string? RevokedBy,
    DateTime? RevokedAt,
    string RevokeReason);
