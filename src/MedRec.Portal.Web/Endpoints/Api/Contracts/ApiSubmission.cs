using MedRec.Portal.Application.Features.Submissions;
using MedRec.Portal.Domain.Scores;

namespace MedRec.Portal.Web.Endpoints.Api.Contracts;

/// <summary>
/// A submission as scripts see it. <see cref="Status"/>: Queued, Scoring, Scored, Failed or Rejected.
/// <see cref="Metrics"/> (key → value, primary first) and <see cref="PrimaryScore"/> are set once scored, unless
/// <see cref="ScoresHidden"/>: the board is frozen and this phase hides a team's new scores until it is released.
/// </summary>
public sealed record ApiSubmission(
    Guid Id,
    Guid PhaseId,
    Guid TeamId,
    string Status,
    string SubmittedBy,
    DateTime SubmittedAt,
    string FileName,
    long ByteCount,
    string Sha256,
    string Description,
    bool Counted,
    string CountingNote,
    Guid? DuplicateOf,
    double? PrimaryScore,
    IReadOnlyDictionary<string, double> Metrics,
    bool ScoresHidden,
    DateTime? ScoredAt,
    string? ScorerVersion,
    string? FailureReason,
    int ErrorCount,
    int WarningCount,
    bool SelectedForFinal,
    ApiReport? Report)
{
    public static ApiSubmission From(SubmissionListItem item, bool hideScores, StoredReport? report)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new(
            item.Id,
            item.PhaseId,
            item.TeamId,
            item.Status.ToString(),
            item.SubmittedBy,
            item.SubmittedAtUtc,
            item.FileName,
            item.ByteCount,
            item.Sha256,
            item.Description,
            item.Counted,
            item.CountingNote.English,
            item.DuplicateOfSubmissionId,
            hideScores ? null : item.PrimaryScore,
            hideScores ? new Dictionary<string, double>() : ToDictionary(item.Metrics),
            hideScores,
            item.ScoredAtUtc,
            item.ScorerVersion,
            string.IsNullOrEmpty(item.FailureReason.English) ? null : item.FailureReason.English,
            item.ErrorCount,
            item.WarningCount,
            item.IsSelectedForFinal,
            report is null ? null : ApiReport.From(report));
    }

    // Insertion order is kept by System.Text.Json, so the primary metric comes first as on the pages.
    internal static Dictionary<string, double> ToDictionary(IReadOnlyList<MetricScore> metrics)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var metric in metrics)
        {
            values[metric.Key] = metric.Value;
        }

        return values;
    }
}
