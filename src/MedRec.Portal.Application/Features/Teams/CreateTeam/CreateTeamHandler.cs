using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Teams;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Teams.CreateTeam;

public sealed class CreateTeamHandler(IPortalDbContextFactory contexts, TimeProvider clock) : ICommandHandler<CreateTeamCommand, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(CreateTeamCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var task = await db.Tasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == command.TaskId, cancellationToken).ConfigureAwait(false);
        if (task is null || (!task.IsPublished && !command.Actor.IsOrganizer))
        {
            return TeamErrors.TaskNotFound.With();
        }

        var current = await TeamQueries.MembershipAsync(db, task.Id, command.Actor.UserId, cancellationToken).ConfigureAwait(false);
        if (current is not null)
        {
            return TeamErrors.AlreadyInTeamForTask(current.TeamName);
        }

        var name = command.Name?.Trim() ?? "";
        if (await db.Teams.AnyAsync(t => t.TaskId == task.Id && t.Name == name, cancellationToken).ConfigureAwait(false))
        {
            return TeamErrors.NameTaken(name);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var created = Team.Create(Guid.CreateVersion7(), task.Id, name, command.Description, command.Actor.UserId, now);
        if (created.IsFailure)
        {
            return Result<Guid>.Failure(created.Errors);
        }

        var team = created.Value;
        db.Teams.Add(team);
        db.Audit(command.Actor, AuditActions.TeamCreated, nameof(Team), team.Id, before: null, new { team.TaskId, team.Name, team.Description, team.LeaderId, team.MaxSize }, now);

        // The unique indexes (task+name, task+member) catch a racing request that passed the checks above.
        var saved = await db.TrySaveAsync(cancellationToken, TeamRuleErrors.JustTaken.With(name)).ConfigureAwait(false);
        return saved.IsSuccess ? team.Id : Result<Guid>.Failure(saved.Errors);
    }
}
