using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
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
        var registration = await db.Registrations.FirstOrDefaultAsync(r => r.TeamId == team.Id, cancellationToken).ConfigureAwait(false);
        if (registration is null)
        {
            registration = new TeamRegistration(Guid.CreateVersion7(), team.Id, team.TaskId, command.Actor.UserId, now, DataUseTerms.CurrentVersion);
            db.Registrations.Add(registration);
        }
        else if (registration.Status == RegistrationStatus.Rejected)
        {
            registration.Resubmit(command.Actor.UserId, now, DataUseTerms.CurrentVersion);
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
