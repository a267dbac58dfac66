namespace MedRec.Portal.Domain.Baselines;

/// <summary>Where a baseline run is. Stored as text.</summary>
public enum BaselineRunStatus
{
    /// <summary>Waiting for the background worker.</summary>
    Queued,

    /// <summary>A worker holds it under a lease and reports progress.</summary>
    Running,

    /// <summary>Finished: its predictions were validated, scored and added as a baseline row.</summary>
    Succeeded,

    /// <summary>Stopped on an error (the reason says which).</summary>
    Failed,

    /// <summary>An organiser cancelled it.</summary>
    Cancelled,

    /// <summary>The process running it stopped (restart, crash) before it finished.</summary>
    Interrupted,
}
