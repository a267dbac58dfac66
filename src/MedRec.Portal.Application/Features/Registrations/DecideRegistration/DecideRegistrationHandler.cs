using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Notifications;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Notifications;
using MedRec.Portal.Domain.Registrations;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Registrations.DecideRegistration;

public sealed class DecideRegistrationHandler(IPortalDbContextFactory contexts, Notifier notifier, TimeProvider clock) : ICommandHandler<DecideRegistrationCommand, Result>
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

        // The team's members learn the decision by e-mail, saved with it (or not at all).
        var task = await db.Tasks.AsNoTracking().Where(t => t.Id == registration.TaskId).Select(t => new { t.TitleZh, t.TitleEn }).FirstAsync(cancellationToken).ConfigureAwait(false);
        var team = await db.Teams.AsNoTracking().Where(t => t.Id == registration.TeamId).Select(t => t.Name).FirstAsync(cancellationToken).ConfigureAwait(false);
        var members = await db.TeamMembers.AsNoTracking().Where(m => m.TeamId == registration.TeamId).Select(m => m.UserId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var reason = registration.DecisionReason;
        await notifier.AddAsync(db, NotificationKind.RegistrationDecided, members, texts => command.Approve
            ? texts.RegistrationApproved(texts.Pick(task.TitleZh, task.TitleEn), team)
            : texts.RegistrationDenied(texts.Pick(task.TitleZh, task.TitleEn), team, reason), cancellationToken).ConfigureAwait(false);
        var saved = await db.TrySaveAsync(cancellationToken).ConfigureAwait(false);
        if (saved.IsSuccess)
        {
            notifier.Wake();
        }

        return saved;
    }
}
