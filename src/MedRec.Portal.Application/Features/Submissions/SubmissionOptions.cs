using MedRec.Portal.Scoring;

namespace MedRec.Portal.Application.Features.Submissions;

/// <summary>The <c>Submission</c> configuration section.</summary>
public sealed class SubmissionOptions
{
    public const string SectionName = "Submission";

    /// <summary>Largest accepted upload in bytes (<c>Submission:MaxBytes</c>, default 20 MiB); larger ones are refused before reading them whole.</summary>
    public long MaxBytes { get; set; } = ScoringOptions.DefaultMaxBytes;
}
