using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Audit.QueryAuditLog;

/// <summary>Organisers read the audit log, newest first, filtered by any combination of the fields.</summary>
public sealed record QueryAuditLogQuery(
    Actor Actor,
    string? Action = null,
    string? EntityType = null,
    string? EntityId = null,
    Guid? ActorUserId = null,
    DateTime? FromUtc = null,
    DateTime? ToUtc = null,
    int Page = 1,
    int PageSize = 50) : IQuery<Result<PagedList<AuditEntry>>>, IOrganizerOnly;

/// <summary>An audit event with the actor's display name (empty for the system).</summary>
public sealed record AuditEntry(Guid Id, DateTime OccurredAt, Guid? ActorUserId, string ActorDisplayName, string Action, string EntityType, string EntityId, string? BeforeJson, string? AfterJson);
