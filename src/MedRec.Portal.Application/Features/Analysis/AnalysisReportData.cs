using System.Text.Json;
using MedRec.Portal.Domain.Leaderboards;
using MedRec.Portal.Scoring.Analysis;

namespace MedRec.Portal.Application.Features.Analysis;

/// <summary>
/// A stored analysis report (the cache in <c>BoardAnalyses.ReportJson</c>): the Scoring library's
/// <see cref="AnalysisReport"/> with each entry tied back to its board row (team, submission). Everything in it is
/// for organisers; <see cref="PublicAnalysisView"/> is the part participants may see.
/// </summary>
public sealed record AnalysisReportData(
    string Task,
    string Metric,
    int Records,
    int Resamples,
    int Seed,
    double Alpha,
    IReadOnlyList<AnalysisEntryData> Entries,
    IReadOnlyList<AnalysisPairData> Pairs,
    IReadOnlyList<LabelData> PooledLabels,
    IReadOnlyList<HardRecordData> Hardest)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static AnalysisReportData FromJson(string json) =>
        JsonSerializer.Deserialize<AnalysisReportData>(json, Json) ?? throw new InvalidDataException("The stored analysis report is empty.");

    /// <summary>Builds the stored form from the analyser's report; <paramref name="rows"/> are the analysed snapshot rows in analyser input order.</summary>
    internal static AnalysisReportData From(AnalysisReport report, IReadOnlyList<BoardSnapshotRow> rows, IReadOnlyList<IReadOnlyList<string>> hardestGold)
    {
        var entries = report.Entries.Select(e =>
        {
            var row = rows[e.InputIndex];
            return new AnalysisEntryData(row.TeamId, row.EntryId, e.Name, row.Rank, e.Score, e.CiLow, e.CiHigh, e.Rank, e.Band, [.. e.Labels.Select(LabelData.From)]);
        }).ToList();
        return new AnalysisReportData(
            report.Task.ToString(),
            report.MetricKey,
            report.Records,
            report.Options.Resamples,
            report.Options.Seed,
            report.Options.Alpha,
            entries,
            [.. report.Pairs.Select(p => new AnalysisPairData(p.A, p.B, p.PositionA, p.PositionB, p.Difference, p.PValue))],
            [.. report.PooledLabels.Select(LabelData.From)],
            [.. report.Hardest.Select((h, i) => new HardRecordData(h.Id, h.MeanScore, h.BestScore, hardestGold[i]))]);
    }

    /// <summary>The tests between neighbours in rank order.</summary>
    public IEnumerable<AnalysisPairData> AdjacentPairs() => Pairs.Where(p => p.PositionB == p.PositionA + 1);
}

/// <summary>One analysed entry: its board row (<paramref name="BoardRank"/> as the snapshot ranked it) and its figures.</summary>
public sealed record AnalysisEntryData(
    Guid? TeamId,
    Guid EntryId,
    string Name,
    int? BoardRank,
    double Score,
    double CiLow,
    double CiHigh,
    int Rank,
    int Band,
    IReadOnlyList<LabelData> Labels);

/// <summary>The paired test between the entries at two positions (A above B).</summary>
public sealed record AnalysisPairData(string A, string B, int PositionA, int PositionB, double Difference, double PValue)
{
    /// <summary>Significant at the report's level.</summary>
    public bool IsSignificant(double alpha) => PValue < alpha;
}

/// <summary>Per-label figures (<paramref name="Kind"/>: drug, primary or additional).</summary>
public sealed record LabelData(string Label, string Kind, int Support, int Predicted, int TruePositives, double Precision, double Recall, double F1)
{
    internal static LabelData From(LabelStatistics s) =>
        new(s.Label, s.Kind.ToString().ToLowerInvariant(), s.Support, s.Predicted, s.TruePositives, s.Precision, s.Recall, s.F1);
}

/// <summary>A hard record with its gold labels (organisers only).</summary>
public sealed record HardRecordData(string Id, double MeanScore, double BestScore, IReadOnlyList<string> Gold);
