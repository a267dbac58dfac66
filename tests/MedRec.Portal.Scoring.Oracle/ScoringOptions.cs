namespace MedRec.Portal.Scoring;

/// <summary>Per-phase settings of validation and scoring. The defaults are the official rules of docs/scoring-rules.md.</summary>
public sealed record ScoringOptions
{
    /// <summary>The default size limit, 20 MiB (<c>Submission:MaxBytes</c>).</summary>
    public const long DefaultMaxBytes = 20L * 1024 * 1024;

    /// <summary>The official rules.</summary>
    public static ScoringOptions Default { get; } = new();

    /// <summary>Largest accepted file in bytes; larger files are refused before parsing when the length is known.</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>
    /// ICD only: the most additional codes a record may predict; more is an error. Null (the default) means the literal
    /// official rule, with no limit.
    /// </summary>
    public int? MaxAdditionalCodes { get; init; }

    /// <summary>How many errors a report keeps (the total is always counted). Default 50.</summary>
    public int MaxReportedErrors { get; init; } = 50;

    /// <summary>How many warnings a report keeps (the total is always counted). Default 50.</summary>
    public int MaxReportedWarnings { get; init; } = 50;

    /// <summary>How many missing identifiers the <c>id.missing</c> error names. Default 5.</summary>
    public int MissingIdsShown { get; init; } = 5;
}
