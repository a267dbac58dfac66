using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Leaderboards;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Leaderboards.Moderation;

public sealed class ExcludeFromBoardHandler(IPortalDbContextFactory contexts, ILeaderboardEvents events, TimeProvider clock) : ICommandHandler<ExcludeFromBoardCommand, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(ExcludeFromBoardCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (BoardModeration.CheckReason(command.Reason) is { } reasonError)
        {
            return reasonError;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var target = await ModerationTargets.CheckAsync(db, command.PhaseId, command.Target, command.TargetId, cancellationToken).ConfigureAwait(false);
        if (target is not null)
        {
            return target;
        }

        var alreadyExcluded = await db.BoardModerations.AnyAsync(
            m => m.PhaseId == command.PhaseId && m.TargetId == command.TargetId && m.RevokedAt == null
                && (m.Action == ModerationAction.Hide || m.Action == ModerationAction.Disqualify),
            cancellationToken).ConfigureAwait(false);
        if (alreadyExcluded)
        {
            return (command.Target == ModerationTarget.Team ? LeaderboardErrors.TeamAlreadyExcluded : LeaderboardErrors.SubmissionAlreadyExcluded).With();
        }

        var moderation = BoardModeration.Exclude(Guid.CreateVersion7(), command.PhaseId, command.Target, command.TargetId, command.Disqualify, command.Reason, command.Actor.UserId, now);
        db.BoardModerations.Add(moderation);
        db.Audit(command.Actor, LeaderboardAuditActions.Excluded, nameof(BoardModeration), moderation.Id, null, ModerationTargets.Describe(moderation), now);
        var saved = await db.TrySaveAsync(cancellationToken).ConfigureAwait(false);
        if (saved.IsFailure)
        {
            return Result<Guid>.Failure(saved.Errors);
        }

        events.Publish(new BoardChanged(command.PhaseId, BoardChangeKind.Moderated, now));
        return moderation.Id;
    }
}
