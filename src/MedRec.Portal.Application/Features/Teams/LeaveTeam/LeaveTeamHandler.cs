using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Teams;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Teams.LeaveTeam;

public sealed class LeaveTeamHandler(IPortalDbContextFactory contexts, TimeProvider clock) : ICommandHandler<LeaveTeamCommand, Result<LeaveTeamOutcome>>
{
    public async ValueTask<Result<LeaveTeamOutcome>> Handle(LeaveTeamCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var team = await db.Teams.Include(t => t.Members).Include(t => t.Invitations)
            .FirstOrDefaultAsync(t => t.Id == command.TeamId, cancellationToken).ConfigureAwait(false);
        if (team is null)
        {
            return TeamErrors.TeamNotFound.With();
        }

        if (team.CheckCanLeave(command.Actor.UserId) is { } cannotLeave)
        {
            return cannotLeave;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        LeaveTeamOutcome outcome;
        if (team.Members.Count == 1)
        {
            db.Teams.Remove(team);
            db.Audit(command.Actor, AuditActions.TeamDissolved, nameof(Team), team.Id, new { team.TaskId, team.Name, team.LeaderId }, after: null, now);
            outcome = LeaveTeamOutcome.TeamDissolved;
        }
        else
        {
            team.RemoveMember(command.Actor.UserId, now);
            db.Audit(command.Actor, AuditActions.TeamLeft, nameof(Team), team.Id, new { command.Actor.UserId }, new { MemberCount = team.Members.Count }, now);
            outcome = LeaveTeamOutcome.Left;
        }

        var saved = await db.TrySaveAsync(cancellationToken).ConfigureAwait(false);
        return saved.IsSuccess ? outcome : Result<LeaveTeamOutcome>.Failure(saved.Errors);
    }
}
