namespace MedRec.Portal.Application.Features.Email;

/// <summary>The <c>Email:Outbox</c> settings: how the outbox worker polls, retries and gives up.</summary>
public sealed class EmailOutboxOptions
{
    public const string SectionName = "Email:Outbox";

    /// <summary>False: this process queues mail but never sends (another instance does).</summary>
    public bool WorkerEnabled { get; set; } = true;

    /// <summary>How often the worker looks for due mail without a signal (retries become due this way).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The wait after the first failed attempt; each further failure doubles it.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait between two attempts.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Attempts before a message is given up (status Failed, kept with its last error).</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>How long one attempt may take before it counts as failed (a hanging server).</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>A claim older than this is taken again by any worker (its owner died); longer than <see cref="SendTimeout"/>.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>The back-off after <paramref name="failedAttempts"/> failures: first delay × 2^(n−1), at most the maximum.</summary>
    public TimeSpan RetryDelay(int failedAttempts)
    {
        var exponent = Math.Clamp(failedAttempts - 1, 0, 30);
        var ticks = FirstRetryDelay.Ticks * Math.Pow(2, exponent);
        return ticks >= MaxRetryDelay.Ticks ? MaxRetryDelay : TimeSpan.FromTicks((long)ticks);
    }
}
