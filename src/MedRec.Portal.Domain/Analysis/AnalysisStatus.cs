namespace MedRec.Portal.Domain.Analysis;

/// <summary>Where a board analysis job stands.</summary>
public enum AnalysisStatus
{
    /// <summary>Waiting for the analysis worker.</summary>
    Queued,

    /// <summary>A worker holds it under a lease: re-scoring the entries, then resampling.</summary>
    Running,

    /// <summary>The report is stored.</summary>
    Succeeded,

    /// <summary>It could not be computed; <see cref="BoardAnalysis.FailureReason"/> says why.</summary>
    Failed,
}
