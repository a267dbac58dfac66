namespace MedRec.Portal.Infrastructure.Leaderboards;

/// <summary>The <c>Leaderboards</c> configuration section.</summary>
public sealed class BoardSnapshotOptions
{
    public const string SectionName = "Leaderboards";

    /// <summary>How often the job looks for due freezes and hourly snapshots. A freeze is taken as of its own instant however late the job runs.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Score changes of one phase raised at most once per this interval (the rest folded into one at its end), so a
    /// burst of scores does not make every open board recompute once per score. Zero raises each at once.
    /// </summary>
    public TimeSpan CoalesceInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Off in tests and in hosts that only serve pages while another instance runs the jobs.</summary>
    public bool JobEnabled { get; set; } = true;
}
