using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Teams;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Teams.JoinTeam;

public sealed class JoinTeamHandler(IPortalDbContextFactory contexts, TimeProvider clock) : ICommandHandler<JoinTeamCommand, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(JoinTeamCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var code = command.Code?.Trim() ?? "";
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var invitation = code.Length == 0
            ? null
            : await db.TeamInvitations.AsNoTracking().FirstOrDefaultAsync(i => i.Code == code, cancellationToken).ConfigureAwait(false);
        if (invitation is null)
        {
            return TeamRuleErrors.UnknownInvitation.ForField(nameof(command.Code));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (invitation.CheckUsableAt(now) is { } unusable)
        {
            return unusable;
        }

        var team = await db.Teams.Include(t => t.Members).FirstAsync(t => t.Id == invitation.TeamId, cancellationToken).ConfigureAwait(false);
        if (team.IsMember(command.Actor.UserId))
        {
            return TeamRuleErrors.AlreadyMember.With(team.Name);
        }

        var current = await TeamQueries.MembershipAsync(db, team.TaskId, command.Actor.UserId, cancellationToken).ConfigureAwait(false);
        if (current is not null)
        {
            return TeamErrors.AlreadyInTeamForTask(current.TeamName);
        }

        if (team.CheckCanJoin(command.Actor.UserId) is { } cannotJoin)
        {
            return cannotJoin;
        }

        team.AddMember(command.Actor.UserId, now);
        db.Audit(command.Actor, AuditActions.TeamJoined, nameof(Team), team.Id, before: null, new { command.Actor.UserId, InvitationId = invitation.Id, MemberCount = team.Members.Count }, now);

        // Two joins racing for the last seat: the team's version check fails for the second (concurrency error),
        // and the (task, user) index stops the same person joining two teams of the task at once.
        var saved = await db.TrySaveAsync(cancellationToken, TeamErrors.AlreadyInTeamForTask()).ConfigureAwait(false);
        return saved.IsSuccess ? team.Id : Result<Guid>.Failure(saved.Errors);
    }
}
