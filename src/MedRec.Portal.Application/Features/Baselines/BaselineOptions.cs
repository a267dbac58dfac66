namespace MedRec.Portal.Application.Features.Baselines;

/// <summary>The <c>Baseline</c> configuration section (model packages and runs).</summary>
public sealed class BaselineOptions
{
    public const string SectionName = "Baseline";

    /// <summary>Largest model package accepted, in bytes, zipped or unpacked (<c>Baseline:MaxPackageBytes</c>, default 256 MiB).</summary>
    public long MaxPackageBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>How long a run's lease lasts without a progress report; a run past it is interrupted.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How often the worker looks for queued and interrupted runs when nothing signals it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Least time between two progress saves of one run (events go out after every batch).</summary>
    public TimeSpan ProgressSaveInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Records per graph call unless the organiser chooses.</summary>
    public int DefaultBatchSize { get; set; } = 32;

    /// <summary>False leaves queued runs waiting (a host that only serves pages).</summary>
    public bool WorkerEnabled { get; set; } = true;
}
