namespace MedRec.Portal.Domain.Leaderboards;

/// <summary>Why a board snapshot was taken.</summary>
public enum SnapshotKind
{
    /// <summary>The board froze (scheduled or by hand); participants see this snapshot until release.</summary>
    Freeze,

    /// <summary>"Publish on the hour" mode: participants see the latest of these.</summary>
    Hourly,

    /// <summary>An organiser kept a copy for the record.</summary>
    Manual,
}
