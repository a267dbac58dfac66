using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Features.Leaderboards;
using MedRec.Portal.Domain.Analysis;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Leaderboards;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Analysis.PublishAnalysis;

public sealed class PublishAnalysisHandler(IPortalDbContextFactory contexts, ILeaderboardEvents events, TimeProvider clock) : ICommandHandler<PublishAnalysisCommand, Result>
{
    public async ValueTask<Result> Handle(PublishAnalysisCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var context = await PhaseBoardContext.LoadAsync(db, command.PhaseId, cancellationToken, track: true).ConfigureAwait(false);
        if (context is null)
        {
            return Result.Failure(LeaderboardErrors.PhaseNotFound);
        }

        if (command.AnalysisId is { } id)
        {
            var status = await db.BoardAnalyses.AsNoTracking().Where(a => a.Id == id && a.PhaseId == command.PhaseId).Select(a => (AnalysisStatus?)a.Status).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (status is null)
            {
                return Result.Failure(AnalysisErrors.AnalysisNotFound.With());
            }

            if (status != AnalysisStatus.Succeeded)
            {
                return Result.Failure(AnalysisErrors.NotReady.With(status));
            }
        }

        var board = context.EnsureBoard(db, now);
        var before = board.PublishedAnalysisId;
        board.PublishAnalysis(command.AnalysisId, now);
        db.Audit(command.Actor, command.AnalysisId is null ? AnalysisAuditActions.Withdrawn : AnalysisAuditActions.Published, nameof(PhaseBoard), board.PhaseId, new { PublishedAnalysisId = before }, new { board.PublishedAnalysisId }, now);
        var saved = await db.TrySaveAsync(cancellationToken).ConfigureAwait(false);
        if (saved.IsSuccess)
        {
            events.Publish(new BoardChanged(board.PhaseId, BoardChangeKind.StateChanged, now));
        }

        return saved;
    }
}
