using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Leaderboards;
using Mediator;

namespace MedRec.Portal.Application.Features.Leaderboards.Snapshots;

/// <summary>
/// A phase's snapshot history, newest first. Organisers see every snapshot; participants (of a visible board) see
/// the freeze and hourly snapshots no later than the current freeze. Open one with <c>GetBoardQuery</c> and its id.
/// </summary>
public sealed record ListSnapshotsQuery(Actor? Actor, Guid PhaseId, int Page = 1, int PageSize = 50) : IQuery<Result<PagedList<SnapshotInfo>>>, IParticipantAccessible;

/// <summary>A snapshot in the history list.</summary>
public sealed record SnapshotInfo(Guid Id, SnapshotKind Kind, DateTime AsOf, DateTime TakenAt, int RowCount, bool IsShownToParticipants);
