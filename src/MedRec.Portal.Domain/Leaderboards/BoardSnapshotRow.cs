namespace MedRec.Portal.Domain.Leaderboards;

/// <summary>A stored row of a <see cref="BoardSnapshot"/>, with the team name as it was then.</summary>
public sealed class BoardSnapshotRow
{
    public const int MaxNameLength = 120;

    private BoardSnapshotRow()
    {
    }

    public BoardSnapshotRow(Guid snapshotId, int position, BoardRow row, string metricsJson)
    {
        ArgumentNullException.ThrowIfNull(row);
        SnapshotId = snapshotId;
        Position = position;
        Rank = row.Rank;
        TeamId = row.TeamId;
        Name = row.Name.Length > MaxNameLength ? row.Name[..MaxNameLength] : row.Name;
        IsBaseline = row.IsBaseline;
        IsOverridden = row.IsOverridden;
        EntryId = row.EntryId;
        SubmittedAt = row.SubmittedAt;
        SubmissionCount = row.SubmissionCount;
        PrimaryScore = row.PrimaryScore;
        MetricsJson = metricsJson;
    }

    public Guid SnapshotId { get; private set; }

    /// <summary>1-based place in the snapshot's order (baselines included).</summary>
    public int Position { get; private set; }

    public int? Rank { get; private set; }

    public Guid? TeamId { get; private set; }

    public string Name { get; private set; } = "";

    public bool IsBaseline { get; private set; }

    public bool IsOverridden { get; private set; }

    /// <summary>The representative submission (or the baseline's id).</summary>
    public Guid EntryId { get; private set; }

    public DateTime SubmittedAt { get; private set; }

    public int SubmissionCount { get; private set; }

    public double PrimaryScore { get; private set; }

    /// <summary>Every metric as a JSON object of key → value, in display order.</summary>
    public string MetricsJson { get; private set; } = "";
}
