using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Leaderboards;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Leaderboards.Moderation;

public sealed class RevokeModerationHandler(IPortalDbContextFactory contexts, ILeaderboardEvents events, TimeProvider clock) : ICommandHandler<RevokeModerationCommand, Result>
{
    public async ValueTask<Result> Handle(RevokeModerationCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (BoardModeration.CheckReason(command.Reason) is { } reasonError)
        {
            return Result.Failure(reasonError);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var moderation = await db.BoardModerations.FirstOrDefaultAsync(m => m.Id == command.ModerationId, cancellationToken).ConfigureAwait(false);
        if (moderation is null)
        {
            return Result.Failure(LeaderboardErrors.ModerationNotFound.With());
        }

        if (!moderation.IsActive)
        {
            return Result.Failure(BoardRuleErrors.ModerationAlreadyRevoked.With(moderation.RevokedAt?.ToString("u", System.Globalization.CultureInfo.InvariantCulture)));
        }

        var before = ModerationTargets.Describe(moderation);
        moderation.Revoke(command.Actor.UserId, command.Reason, now);
        db.Audit(command.Actor, LeaderboardAuditActions.ModerationRevoked, nameof(BoardModeration), moderation.Id, before, ModerationTargets.Describe(moderation), now);
        var saved = await db.TrySaveAsync(cancellationToken).ConfigureAwait(false);
        if (saved.IsSuccess)
        {
            events.Publish(new BoardChanged(moderation.PhaseId, BoardChangeKind.Moderated, now));
        }

        return saved;
    }
}
