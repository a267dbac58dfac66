using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Registrations;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Registrations.DecideRegistration;

public sealed class DecideRegistrationHandler(IPortalDbContextFactory contexts, TimeProvider clock) : ICommandHandler<DecideRegistrationCommand, Result>
{
    public async ValueTask<Result> Handle(DecideRegistrationCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!command.Approve && TeamRegistration.CheckRejectionReason(command.Reason) is { } badReason)
        {
            return Result.Failure(badReason);
        }

        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var registration = await db.Registrations.FirstOrDefaultAsync(r => r.Id == command.RegistrationId, cancellationToken).ConfigureAwait(false);
        if (registration is null)
        {
            return Result.Failure(RegistrationErrors.RegistrationNotFound.With());
        }

        if (command.ExpectedVersion is { } expected && expected != registration.Version)
        {
            return Result.Failure(CommonErrors.Concurrency);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var before = new { registration.Status, registration.DecisionReason };
        if (command.Approve)
        {
            registration.Approve(command.Actor.UserId, now);
        }
        else
        {
            registration.Reject(command.Actor.UserId, command.Reason!, now);
        }

        db.Audit(
            command.Actor,
            command.Approve ? AuditActions.RegistrationApproved : AuditActions.RegistrationRejected,
            nameof(TeamRegistration),
            registration.Id,
            before,
            new { registration.Status, registration.DecisionReason },
            now);
        return await db.TrySaveAsync(cancellationToken).ConfigureAwait(false);
    }
}
