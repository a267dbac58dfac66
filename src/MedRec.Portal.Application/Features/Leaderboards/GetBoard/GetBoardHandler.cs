using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Leaderboards;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Leaderboards.GetBoard;

public sealed class GetBoardHandler(IPortalDbContextFactory contexts, BoardCache cache, TimeProvider clock) : IQueryHandler<GetBoardQuery, Result<BoardView>>
{
    public async ValueTask<Result<BoardView>> Handle(GetBoardQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var organizer = query.Actor?.IsOrganizer == true;
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var context = await PhaseBoardContext.LoadAsync(db, query.PhaseId, cancellationToken).ConfigureAwait(false);
        if (context is null || (!organizer && !context.TaskPublished))
        {
            return LeaderboardErrors.PhaseNotFound;
        }

        if (!organizer && !context.IsVisibleToParticipants)
        {
            return LeaderboardErrors.NotReleased;
        }

        var viewerTeamId = query.Actor is null
            ? null
            : await db.TeamMembers.AsNoTracking()
                .Where(m => m.TaskId == context.Phase.TaskId && m.UserId == query.Actor.UserId)
                .Select(m => (Guid?)m.TeamId)
                .FirstOrDefaultAsync(cancellationToken)
                .ConfigureAwait(false);

        var resolved = await ResolveAsync(db, context, query, organizer, viewerTeamId, now, cancellationToken).ConfigureAwait(false);
        if (resolved.IsFailure)
        {
            return Result<BoardView>.Failure(resolved.Errors);
        }

        var (source, asOf, snapshotId, rows) = resolved.Value;
        var factSheetTeams = await FactSheets.FactSheetTeams.WithSheetsAsync(db, context.Phase.Id, cancellationToken).ConfigureAwait(false);
        if (factSheetTeams is not null && context.Board?.RankOnlyWithFactSheets == true)
        {
            rows = FactSheets.FactSheetRanking.Apply(rows, factSheetTeams);
        }

        var paged = BoardPaging.Apply(rows, context.Metrics, query.SortBy, query.Descending, query.Search, query.Page, query.PageSize);
        if (paged.IsFailure)
        {
            return Result<BoardView>.Failure(paged.Errors);
        }

        var columns = context.Metrics.Columns.Select((c, i) => new BoardColumn(c.Key, c.DisplayName, c.Definition, i == 0)).ToList();
        return new BoardView(context.Phase.Id, context.Phase.Code, context.Kind, columns, source, asOf, snapshotId, context.StatusAt(now), viewerTeamId, paged.Value.ViewerPage, paged.Value.Page, factSheetTeams);
    }

    private async Task<Result<(BoardSource Source, DateTime? AsOf, Guid? SnapshotId, List<BoardRowView> Rows)>> ResolveAsync(
        IPortalDbContext db, PhaseBoardContext context, GetBoardQuery query, bool organizer, Guid? viewerTeamId, DateTime now, CancellationToken cancellationToken)
    {
        if (query.SnapshotId is { } snapshotId || query.Source == BoardSource.Snapshot)
        {
            var snapshot = query.SnapshotId is null
                ? null
                : await db.BoardSnapshots.AsNoTracking().FirstOrDefaultAsync(s => s.Id == query.SnapshotId && s.PhaseId == context.Phase.Id, cancellationToken).ConfigureAwait(false);
            if (snapshot is null || (!organizer && !IsPublishedSnapshot(context, snapshot, now)))
            {
                return LeaderboardErrors.SnapshotNotFound;
            }

            return (BoardSource.Snapshot, snapshot.AsOf, snapshot.Id, await BoardSnapshots.RowsAsync(db, snapshot.Id, context.Metrics, viewerTeamId, organizer, cancellationToken).ConfigureAwait(false));
        }

        var wantsLive = organizer && query.Source is BoardSource.Auto or BoardSource.Live;
        var board = context.Board;
        if (organizer && query.Source == BoardSource.FreezeSnapshot)
        {
            return board?.FrozenSnapshotId is { } frozen
                ? (BoardSource.FreezeSnapshot, board.FrozenAt, frozen, await BoardSnapshots.RowsAsync(db, frozen, context.Metrics, viewerTeamId, organizer, cancellationToken).ConfigureAwait(false))
                : LeaderboardErrors.SnapshotNotFound;
        }

        if (!wantsLive && board is not null)
        {
            if (board.FreezeInstantAt(now) is { } freezeInstant)
            {
                if (board.FrozenSnapshotId is { } frozen)
                {
                    return (BoardSource.FreezeSnapshot, freezeInstant, frozen, await BoardSnapshots.RowsAsync(db, frozen, context.Metrics, viewerTeamId, organizer, cancellationToken).ConfigureAwait(false));
                }

                // Due but the job has not stored it yet: the same board, computed as of the freeze instant.
                var due = await cache.GetAsync(db, context, freezeInstant, now, cancellationToken).ConfigureAwait(false);
                return (BoardSource.FreezeSnapshot, freezeInstant, null, BoardSnapshots.Views(due.Rows, viewerTeamId, organizer));
            }

            if (board.PublishHourly)
            {
                var hour = new DateTime(now.Year, now.Month, now.Day, now.Hour, 0, 0, DateTimeKind.Utc);
                if (board.HourlySnapshotId is { } hourly && board.HourlySnapshotAt == hour)
                {
                    return (BoardSource.HourlySnapshot, hour, hourly, await BoardSnapshots.RowsAsync(db, hourly, context.Metrics, viewerTeamId, organizer, cancellationToken).ConfigureAwait(false));
                }

                var asOfHour = await cache.GetAsync(db, context, hour, now, cancellationToken).ConfigureAwait(false);
                return (BoardSource.HourlySnapshot, hour, null, BoardSnapshots.Views(asOfHour.Rows, viewerTeamId, organizer));
            }
        }

        var live = await cache.GetAsync(db, context, null, now, cancellationToken).ConfigureAwait(false);
        return (BoardSource.Live, null, null, BoardSnapshots.Views(live.Rows, viewerTeamId, organizer));
    }

    /// <summary>
    /// Participants may open freeze and hourly snapshots, except those taken after the current freeze instant
    /// (they would show what the freeze hides). Manual snapshots are the organisers' records.
    /// </summary>
    private static bool IsPublishedSnapshot(PhaseBoardContext context, BoardSnapshot snapshot, DateTime now) =>
        snapshot.Kind is SnapshotKind.Freeze or SnapshotKind.Hourly
        && !(context.Board?.FreezeInstantAt(now) is { } freeze && snapshot.AsOf > freeze);
}
