using MedRec.Portal.Scoring.Submissions;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.Scoring;

/// <summary>
/// A submission file that passed validation, in the compact form scoring reads (identifiers and labels as numbers of
/// the phase's and the task's tables, no JSON, no strings): what the upload's validation already worked out, handed
/// to the scorer so the file is not parsed from scratch a second time. Made only by
/// <see cref="SubmissionValidator.ValidateAndPrepareAsync"/>; read-only, safe to share between threads.
/// </summary>
public sealed class PreparedSubmission
{
    internal PreparedSubmission(TaskDefinition task, Fast.ParsedSubmission parsed, ValidationReport report, int? maxAdditionalCodes)
    {
        Task = task;
        Parsed = parsed;
        Report = report;
        MaxAdditionalCodes = maxAdditionalCodes;
    }

    /// <summary>The task definition it was validated with (its label numbers are that definition's).</summary>
    public TaskDefinition Task { get; }

    /// <summary>The upload's validation report (no errors; perhaps warnings).</summary>
    public ValidationReport Report { get; }

    /// <summary>How many records the file has.</summary>
    public int RecordCount => Parsed.Count;

    internal Fast.ParsedSubmission Parsed { get; }

    /// <summary>The one scoring option that changes which files are valid (ICD's cap on additional codes).</summary>
    internal int? MaxAdditionalCodes { get; }

    /// <summary>About how many bytes it holds (for a cache's bound).</summary>
    public long ApproximateBytes => 64 + (Parsed.IdNumbers.Length * 12L) + (Parsed.Labels.Length * 2L) + ((Parsed.Primaries?.Length ?? 0) * 4L);
}
