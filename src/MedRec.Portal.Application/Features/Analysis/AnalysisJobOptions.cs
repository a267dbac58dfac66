namespace MedRec.Portal.Application.Features.Analysis;

/// <summary><c>Analysis</c> settings: the worker's lease and poll interval.</summary>
public sealed class AnalysisJobOptions
{
    public const string SectionName = "Analysis";

    /// <summary>How long a claim lasts without a heartbeat (one is saved after every re-scored entry).</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often an idle worker looks for queued analyses when no signal came.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>False: no analysis worker in this process (tests drive <see cref="AnalysisJobService"/> themselves).</summary>
    public bool WorkerEnabled { get; set; } = true;
}
