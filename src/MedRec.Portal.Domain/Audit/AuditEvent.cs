using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Domain.Audit;

/// <summary>
/// One change someone made: who, what (an action name such as <c>team.created</c>), on which record, when, and
/// the record before and after as JSON. Written by every mutating use case in the same save as the change.
/// </summary>
public sealed class AuditEvent
{
    private AuditEvent()
    {
    }

    public AuditEvent(Guid id, DateTime occurredAtUtc, Guid? actorUserId, string action, string entityType, string entityId, string? beforeJson, string? afterJson)
    {
        Id = id;
        OccurredAt = Instants.RequireUtc(occurredAtUtc, nameof(occurredAtUtc));
        ActorUserId = actorUserId;
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
        BeforeJson = beforeJson;
        AfterJson = afterJson;
    }

    public Guid Id { get; private set; }

    public DateTime OccurredAt { get; private set; }

    /// <summary>Null for the system itself (seeding, scheduled jobs).</summary>
    public Guid? ActorUserId { get; private set; }

    public string Action { get; private set; } = "";

    public string EntityType { get; private set; } = "";

    public string EntityId { get; private set; } = "";

    public string? BeforeJson { get; private set; }

    public string? AfterJson { get; private set; }
}
