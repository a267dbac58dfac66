using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Domain.Submissions;
using MedRec.Portal.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Submissions;

/// <summary>Turns stored submissions into list rows (one query for the uploaders' names).</summary>
internal static class SubmissionRows
{
    public static async Task<IReadOnlyList<SubmissionListItem>> ToItemsAsync(IPortalDbContext db, IReadOnlyList<Submission> submissions, Phase phase, CancellationToken cancellationToken)
    {
        var userIds = submissions.Select(s => s.SubmittedByUserId).Distinct().ToList();
        var names = await db.UserSummaries.Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken).ConfigureAwait(false);
        return [.. submissions.Select(s => ToItem(s, phase, names.GetValueOrDefault(s.SubmittedByUserId, "")))];
    }

    public static SubmissionListItem ToItem(Submission s, Phase phase, string submittedBy)
    {
        var report = s.Status == SubmissionStatus.Rejected ? StoredReport.Parse(s.ValidationReportJson) : null;
        return new(
        s.Id,
        s.PhaseId,
        s.TeamId,
        submittedBy,
        s.SubmittedAt,
        PhaseTime.ToPhaseLocal(s.SubmittedAt, phase.QuotaTimeZoneId),
        phase.QuotaTimeZoneId,
        s.QuotaDay,
        s.Status,
        s.GetFailureReason(),
        report?.Summary() ?? "",
        s.Counted,
        s.GetCountingNote(),
        s.Description,
        s.OriginalFileName,
        s.ByteCount,
        s.Sha256,
        s.DuplicateOfSubmissionId,
        s.PrimaryScore,
        MetricValues.Parse(s.MetricsJson),
        s.ScorerVersion,
        s.ScoredAt,
        s.IsSelectedForFinal,
        s.ErrorCount,
        s.WarningCount,
        FirstError: report is { FormatHint: null } ? report.Errors.FirstOrDefault() : null);
    }
}
