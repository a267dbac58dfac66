using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Registrations.DecideRegistration;

/// <summary>
/// An organiser approves or rejects (with a reason the team sees) a registration. A decision may be changed
/// later (e.g. revoke an approval). <paramref name="ExpectedVersion"/> stops two organisers deciding the same
/// registration at once from silently overwriting each other.
/// </summary>
public sealed record DecideRegistrationCommand(Actor Actor, Guid RegistrationId, bool Approve, string? Reason = null, Guid? ExpectedVersion = null) : ICommand<Result>, IOrganizerOnly;
