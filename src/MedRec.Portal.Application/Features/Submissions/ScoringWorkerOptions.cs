namespace MedRec.Portal.Application.Features.Submissions;

/// <summary>The <c>Scoring</c> configuration section: how the scoring worker claims and polls.</summary>
public sealed class ScoringWorkerOptions
{
    public const string SectionName = "Scoring";

    /// <summary>Whether this host runs the scoring worker (turn off on extra web nodes or in tools).</summary>
    public bool WorkerEnabled { get; set; } = true;

    /// <summary>How long a claim lasts; a submission still scoring after that is taken back (its worker crashed).</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often the worker looks for work when nobody signalled (another node queued it, a lease ran out).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Claims after which a submission that never finished is marked failed instead of retried forever.</summary>
    public int MaxAttempts { get; set; } = 3;
}
