using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Terms;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Registrations;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Registrations.RegisterTeam;

public sealed class RegisterTeamHandler(IPortalDbContextFactory contexts, TimeProvider clock) : ICommandHandler<RegisterTeamCommand, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(RegisterTeamCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!command.AcceptDataUseTerms)
        {
            return RegistrationErrors.TermsRequired.ForField(nameof(command.AcceptDataUseTerms));
        }

        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var team = await db.Teams.AsNoTracking().FirstOrDefaultAsync(t => t.Id == command.TeamId, cancellationToken).ConfigureAwait(false);
        if (team is null)
        {
            return RegistrationErrors.TeamNotFound.With();
        }

        if (!team.IsLeader(command.Actor.UserId))
        {
            return RegistrationErrors.OnlyLeaderRegisters.With();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var accepted = await TermsGate.AcceptAsync(db, team.TaskId, command.Actor.UserId, command.TermsNumber, now, cancellationToken).ConfigureAwait(false);
        if (accepted.IsFailure)
        {
            return Result<Guid>.Failure(accepted.Errors);
        }

        var termsVersion = (await TermsGate.CurrentAsync(db, team.TaskId, cancellationToken).ConfigureAwait(false))!.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var registration = await db.Registrations.FirstOrDefaultAsync(r => r.TeamId == team.Id, cancellationToken).ConfigureAwait(false);
        if (registration is null)
        {
            registration = new TeamRegistration(Guid.CreateVersion7(), team.Id, team.TaskId, command.Actor.UserId, now, termsVersion);
            db.Registrations.Add(registration);
        }
        else if (registration.Status == RegistrationStatus.Rejected)
        {
            registration.Resubmit(command.Actor.UserId, now, termsVersion);
        }
        else
        {
            return registration.Status == RegistrationStatus.Approved
                ? RegistrationErrors.AlreadyApproved.With()
                : RegistrationErrors.AlreadyPending.With();
        }

        db.Audit(command.Actor, AuditActions.RegistrationSubmitted, nameof(TeamRegistration), registration.Id, before: null, new { registration.TeamId, registration.TaskId, registration.TermsAcceptedByUserId, registration.TermsAcceptedAt, registration.TermsVersion }, now);
        var saved = await db.TrySaveAsync(cancellationToken, RegistrationErrors.RegisteredConcurrently.With()).ConfigureAwait(false);
        return saved.IsSuccess ? registration.Id : Result<Guid>.Failure(saved.Errors);
    }
}
