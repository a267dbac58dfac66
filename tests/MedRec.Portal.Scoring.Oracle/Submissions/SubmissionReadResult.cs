namespace MedRec.Portal.Scoring.Submissions;

/// <summary>What reading a submission file gave: the report, and the predictions when the file has no error.</summary>
/// <param name="Report">Errors and warnings.</param>
/// <param name="Submission">The validated predictions; null when <see cref="ValidationReport.IsValid"/> is false.</param>
public sealed record SubmissionReadResult(ValidationReport Report, Submission? Submission);
