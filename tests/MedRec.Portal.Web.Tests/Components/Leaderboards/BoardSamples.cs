using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Leaderboards;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Scoring.Metrics;

namespace MedRec.Portal.Web.Tests.Components.Leaderboards;

/// <summary>Hand-made boards as the GetBoard use case returns them.</summary>
internal static class BoardSamples
{
    public static readonly Guid PhaseId = Guid.Parse("0195f000-0000-7000-8000-000000000001");
    public static readonly Guid MyTeam = Guid.Parse("0195f000-0000-7000-8000-0000000000aa");
    public static readonly DateTime SubmittedAt = new(2025, 6, 1, 8, 30, 0, DateTimeKind.Utc);

    public static IReadOnlyList<BoardColumn> Columns { get; } =
    [
        new(MetricKeys.Score, "Score", "(Jaccard + F1) / 2", true),
        new(MetricKeys.Jaccard, "Jaccard", "mean Jaccard", false),
        new(MetricKeys.F1, "F1", "mean F1", false),
    ];

    /// <summary>Rank 1 "红队", the baseline, rank 2 "Blue" (the viewer's team, overridden), rank 3 "&lt;b&gt;bold&lt;/b&gt;".</summary>
    public static IReadOnlyList<BoardRowView> Rows { get; } =
    [
        Row(1, 1, Guid.NewGuid(), "红队", 0.71, submissions: 4),
        Row(2, null, null, "BERT baseline", 0.65, baseline: true),
        Row(3, 2, MyTeam, "Blue", 0.60, overridden: true, viewer: true),
        Row(4, 3, Guid.NewGuid(), "<b>bold</b>", 0.42),
    ];

    public static BoardStatus LiveStatus { get; } = new(PhaseId, true, false, null, null, false, false, null);

    public static BoardView Board(IReadOnlyList<BoardRowView>? rows = null, BoardSource source = BoardSource.Live, DateTime? asOf = null, int page = 1, int pageSize = 50, int? total = null, int? viewerPage = 1)
    {
        var list = rows ?? Rows;
        return new BoardView(PhaseId, "A", TaskKind.CDrugRed, Columns, source, asOf, null, LiveStatus, MyTeam, viewerPage, new PagedList<BoardRowView>(list, total ?? list.Count, page, pageSize));
    }

    private static BoardRowView Row(int position, int? rank, Guid? team, string name, double score, int submissions = 1, bool baseline = false, bool overridden = false, bool viewer = false) =>
        new(position, rank, team, name, [new(MetricKeys.Score, score), new(MetricKeys.Jaccard, score - 0.05), new(MetricKeys.F1, score + 0.05)],
            score, submissions, SubmittedAt, baseline, overridden, viewer, null);
}
