using MedRec.Portal.Scoring.Submissions;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.Scoring;

/// <summary>
/// Checks a submission file against a phase's input identifiers without gold (the "validate" button, the CLI's
/// validate command): every rule of docs/scoring-rules.md.
/// </summary>
public static class SubmissionValidator
{
    /// <summary>Validates a submission file (synchronous).</summary>
    /// <param name="task">The task whose rules apply.</param>
    /// <param name="inputIds">The identifiers of the phase's inputs (normalised here).</param>
    /// <param name="submission">The file's bytes; read to the end, not disposed.</param>
    /// <param name="options">Phase settings; null for the official rules.</param>
    public static ValidationReport Validate(TaskDefinition task, IReadOnlySet<string> inputIds, Stream submission, ScoringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(inputIds);
        return Fast.SubmissionPipeline.Read(task, submission, Fast.SubmissionPipeline.TableOf(inputIds), () => inputIds, options ?? ScoringOptions.Default).Report;
    }

    /// <summary>Validates a submission file (asynchronous).</summary>
    /// <param name="task">The task whose rules apply.</param>
    /// <param name="inputIds">The identifiers of the phase's inputs (normalised here).</param>
    /// <param name="submission">The file's bytes; read to the end, not disposed.</param>
    /// <param name="options">Phase settings; null for the official rules.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    public static async ValueTask<ValidationReport> ValidateAsync(
        TaskDefinition task,
        IReadOnlySet<string> inputIds,
        Stream submission,
        ScoringOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputIds);
        var table = Fast.SubmissionPipeline.TableOf(inputIds);
        var result = await Fast.SubmissionPipeline.ReadAsync(task, submission, table, () => inputIds, options ?? ScoringOptions.Default, cancellationToken).ConfigureAwait(false);
        return result.Report;
    }

    /// <summary>
    /// Validates a submission file like <see cref="ValidateAsync"/> and, when it has no error, also returns its
    /// compact form for <see cref="SubmissionScorer.TryScore"/>: the same rules, the same report, one parse.
    /// </summary>
    /// <param name="task">The task whose rules apply.</param>
    /// <param name="inputIds">The identifiers of the phase's inputs (normalised here).</param>
    /// <param name="submission">The file's bytes; read to the end, not disposed.</param>
    /// <param name="options">Phase settings; null for the official rules.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    public static async ValueTask<(ValidationReport Report, PreparedSubmission? Prepared)> ValidateAndPrepareAsync(
        TaskDefinition task,
        IReadOnlySet<string> inputIds,
        Stream submission,
        ScoringOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputIds);
        options ??= ScoringOptions.Default;
        var table = Fast.SubmissionPipeline.TableOf(inputIds);
        var result = await Fast.SubmissionPipeline.ReadAsync(task, submission, table, () => inputIds, options, cancellationToken).ConfigureAwait(false);
        var prepared = result.Parsed is { } parsed && result.Report.IsValid ? new PreparedSubmission(task, parsed, result.Report, options.MaxAdditionalCodes) : null;
        return (result.Report, prepared);
    }
}
