using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Registrations;
using Mediator;

namespace MedRec.Portal.Application.Features.Registrations.ListRegistrations;

/// <summary>The organisers' registration queue, optionally filtered by task and status (pending first, then by time).</summary>
public sealed record ListRegistrationsQuery(Actor Actor, Guid? TaskId = null, RegistrationStatus? Status = null) : IQuery<Result<IReadOnlyList<RegistrationListItem>>>, IOrganizerOnly;

/// <summary>A registration with its team, task, and who accepted the terms.</summary>
public sealed record RegistrationListItem(
    Guid Id,
    Guid TeamId,
    string TeamName,
    Guid TaskId,
    string TaskSlug,
    int MemberCount,
    RegistrationStatus Status,
    string DecisionReason,
    string TermsAcceptedBy,
    DateTime TermsAcceptedAt,
    string TermsVersion,
    DateTime? DecidedAt,
    Guid Version);
