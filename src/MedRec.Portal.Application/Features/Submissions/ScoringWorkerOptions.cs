namespace MedRec.Portal.Application.Features.Submissions;

/// <summary>The <c>Scoring</c> configuration section: how many scoring workers a process runs, how they claim and poll.</summary>
public sealed class ScoringWorkerOptions
{
    public const string SectionName = "Scoring";

    /// <summary>Whether this host runs scoring workers at all (also off when <c>Portal:Roles</c> lacks <c>Scoring</c>).</summary>
    public bool WorkerEnabled { get; set; } = true;

    /// <summary>Scoring workers in this process (<c>Scoring:Workers</c>); 0 or less means one per processor core.</summary>
    public int Workers { get; set; }

    /// <summary>
    /// How long a claim lasts without renewal. Short, because a worker renews it every third of it while scoring (the
    /// heartbeat): a crashed worker's submission is free again within this time, or at once when its process restarts.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the workers look for work when nobody signalled (a lost signal, a lease that ran out).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Claims after which a submission that never finished is marked failed instead of retried forever.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>The worker count this process runs: <see cref="Workers"/>, or the processor count when unset.</summary>
    public int EffectiveWorkers => Workers > 0 ? Workers : Environment.ProcessorCount;
}
