using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Leaderboards.GetBoard;

/// <summary>
/// A page of a phase's board. Anyone (signed in or not: <paramref name="Actor"/> null) gets what participants may
/// see: nothing while the board is hidden, the freeze snapshot while frozen, the hourly snapshot in hourly mode,
/// else the live board. Organisers get the live board by default and may ask for <see cref="BoardSource.Participants"/>
/// (a preview) or any snapshot. Participants may open freeze and hourly snapshots of a visible board by id.
/// <paramref name="SortBy"/> is <c>rank</c> (default), <c>team</c>, <c>submissions</c>, <c>time</c> or a metric key.
/// </summary>
public sealed record GetBoardQuery(
    Actor? Actor,
    Guid PhaseId,
    BoardSource Source = BoardSource.Auto,
    Guid? SnapshotId = null,
    string? SortBy = null,
    bool Descending = true,
    string? Search = null,
    int Page = 1,
    int PageSize = 50) : IQuery<Result<BoardView>>, IParticipantAccessible;
