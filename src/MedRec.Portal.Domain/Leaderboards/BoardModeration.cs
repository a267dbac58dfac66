using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Domain.Leaderboards;

/// <summary>
/// An organiser's moderation of a phase's board: hide or disqualify a team or a submission, override a
/// submission's score, or merge a team into another. Never deleted: revoking keeps the record with who revoked it
/// and why, so every change to the board stays explainable. Only active (unrevoked) records affect the board.
/// </summary>
public sealed class BoardModeration
{
    public const int MaxReasonLength = 500;

    private BoardModeration()
    {
    }

    private BoardModeration(Guid id, Guid phaseId, ModerationTarget target, Guid targetId, ModerationAction action, string reason, Guid createdBy, DateTime createdAt)
    {
        Id = id;
        PhaseId = phaseId;
        Target = target;
        TargetId = targetId;
        Action = action;
        Reason = reason;
        CreatedByUserId = createdBy;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public Guid PhaseId { get; private set; }

    public ModerationTarget Target { get; private set; }

    /// <summary>The team's or the submission's id.</summary>
    public Guid TargetId { get; private set; }

    public ModerationAction Action { get; private set; }

    public string Reason { get; private set; } = "";

    /// <summary>For <see cref="ModerationAction.OverrideScore"/>: the replacing metrics (key → value JSON).</summary>
    public string? OverrideMetricsJson { get; private set; }

    /// <summary>For <see cref="ModerationAction.MergeIntoTeam"/>: the team that takes over the target team's submissions.</summary>
    public Guid? MergeIntoTeamId { get; private set; }

    public Guid CreatedByUserId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? RevokedAt { get; private set; }

    public Guid? RevokedByUserId { get; private set; }

    public string RevokeReason { get; private set; } = "";

    public bool IsActive => RevokedAt is null;

    /// <summary>Why a reason cannot be accepted, or null (every moderation says why, for the audit log and the team).</summary>
    public static Error? CheckReason(string? reason) =>
        string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > MaxReasonLength
            ? BoardRuleErrors.ReasonLength.ForField("Reason", MaxReasonLength)
            : null;

    public static BoardModeration Exclude(Guid id, Guid phaseId, ModerationTarget target, Guid targetId, bool disqualify, string reason, Guid createdBy, DateTime nowUtc) =>
        Create(id, phaseId, target, targetId, disqualify ? ModerationAction.Disqualify : ModerationAction.Hide, reason, createdBy, nowUtc);

    public static BoardModeration OverrideScore(Guid id, Guid phaseId, Guid submissionId, string metricsJson, string reason, Guid createdBy, DateTime nowUtc)
    {
        var moderation = Create(id, phaseId, ModerationTarget.Submission, submissionId, ModerationAction.OverrideScore, reason, createdBy, nowUtc);
        moderation.OverrideMetricsJson = metricsJson;
        return moderation;
    }

    public static BoardModeration Merge(Guid id, Guid phaseId, Guid sourceTeamId, Guid targetTeamId, string reason, Guid createdBy, DateTime nowUtc)
    {
        if (sourceTeamId == targetTeamId)
        {
            throw new DomainRuleException(BoardRuleErrors.MergeIntoItself.ForField("TargetTeamId"));
        }

        var moderation = Create(id, phaseId, ModerationTarget.Team, sourceTeamId, ModerationAction.MergeIntoTeam, reason, createdBy, nowUtc);
        moderation.MergeIntoTeamId = targetTeamId;
        return moderation;
    }

    public void Revoke(Guid revokedBy, string reason, DateTime nowUtc)
    {
        if (CheckReason(reason) is { } error)
        {
            throw new DomainRuleException(error);
        }

        if (!IsActive)
        {
            throw new DomainRuleException(BoardRuleErrors.ModerationAlreadyRevoked.With(RevokedAt?.ToString("u", System.Globalization.CultureInfo.InvariantCulture)));
        }

        RevokedAt = Instants.RequireUtc(nowUtc, nameof(nowUtc));
        RevokedByUserId = revokedBy;
        RevokeReason = reason.Trim();
    }

    private static BoardModeration Create(Guid id, Guid phaseId, ModerationTarget target, Guid targetId, ModerationAction action, string reason, Guid createdBy, DateTime nowUtc)
    {
        if (CheckReason(reason) is { } error)
        {
            throw new DomainRuleException(error);
        }

        return new BoardModeration(id, phaseId, target, targetId, action, reason.Trim(), createdBy, Instants.RequireUtc(nowUtc, nameof(nowUtc)));
    }
}
