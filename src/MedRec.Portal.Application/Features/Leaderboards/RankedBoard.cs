using MedRec.Portal.Domain.Leaderboards;

namespace MedRec.Portal.Application.Features.Leaderboards;

/// <summary>A computed board: its rows in ranking order and the instant it is as of (null: live).</summary>
public sealed record RankedBoard(Guid PhaseId, IReadOnlyList<BoardRow> Rows, DateTime? AsOf, DateTime ComputedAt);
