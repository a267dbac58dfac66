using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Domain.Analysis;

/// <summary>
/// The results analysis of one board snapshot (docs/analysis.md): a job row for the lease worker while it runs, then
/// the cache of its report. One per snapshot (the database holds <see cref="SnapshotId"/> unique): a snapshot never
/// changes, so its analysis is computed once and read many times; a failed one may be queued again.
/// </summary>
public sealed class BoardAnalysis : IVersioned
{
    public const int MaxReasonLength = 1000;

    private BoardAnalysis()
    {
    }

    public BoardAnalysis(Guid id, Guid phaseId, Guid snapshotId, int resamples, int seed, Guid requestedBy, DateTime requestedAtUtc)
    {
        Id = id;
        PhaseId = phaseId;
        SnapshotId = snapshotId;
        Resamples = resamples;
        Seed = seed;
        RequestedByUserId = requestedBy;
        RequestedAt = Instants.RequireUtc(requestedAtUtc, nameof(requestedAtUtc));
        Status = AnalysisStatus.Queued;
    }

    public Guid Id { get; private set; }

    public Guid PhaseId { get; private set; }

    /// <summary>The board snapshot analysed (its stored rows are the entries).</summary>
    public Guid SnapshotId { get; private set; }

    public int Resamples { get; private set; }

    public int Seed { get; private set; }

    public Guid RequestedByUserId { get; private set; }

    public DateTime RequestedAt { get; private set; }

    public AnalysisStatus Status { get; private set; }

    public DateTime? StartedAt { get; private set; }

    public DateTime? FinishedAt { get; private set; }

    /// <summary>Entries re-scored so far (per-record results are recomputed from the stored files).</summary>
    public int EntriesDone { get; private set; }

    public int EntriesTotal { get; private set; }

    /// <summary>Resampling progress in percent, once the entries are scored.</summary>
    public int ResamplePercent { get; private set; }

    public string? FailureReason { get; private set; }

    public string? LeaseOwner { get; private set; }

    public DateTime? LeaseExpiresAt { get; private set; }

    /// <summary>The report as JSON (Application's AnalysisReportData), once succeeded. Holds gold of the hardest records: organisers only.</summary>
    public string? ReportJson { get; private set; }

    public Guid Version { get; set; }

    public bool IsFinished => Status is AnalysisStatus.Succeeded or AnalysisStatus.Failed;

    /// <summary>A worker takes the job: a queued one, or a running one whose lease ran out.</summary>
    public void Claim(string owner, DateTime leaseExpiresAtUtc, DateTime nowUtc)
    {
        if (!(Status == AnalysisStatus.Queued || (Status == AnalysisStatus.Running && LeaseExpiresAt <= nowUtc)))
        {
            throw new InvalidOperationException($"Analysis {Id} is {Status} and cannot be claimed.");
        }

        Status = AnalysisStatus.Running;
        StartedAt = Instants.RequireUtc(nowUtc, nameof(nowUtc));
        LeaseOwner = owner;
        LeaseExpiresAt = Instants.RequireUtc(leaseExpiresAtUtc, nameof(leaseExpiresAtUtc));
        EntriesDone = 0;
        ResamplePercent = 0;
    }

    public bool IsLeasedBy(string owner) => Status == AnalysisStatus.Running && LeaseOwner == owner;

    /// <summary>Stores progress and renews the lease (the worker's heartbeat).</summary>
    public void ReportProgress(int entriesDone, int entriesTotal, int resamplePercent, DateTime leaseExpiresAtUtc)
    {
        EntriesDone = entriesDone;
        EntriesTotal = entriesTotal;
        ResamplePercent = Math.Clamp(resamplePercent, 0, 100);
        LeaseExpiresAt = Instants.RequireUtc(leaseExpiresAtUtc, nameof(leaseExpiresAtUtc));
    }

    public void Succeed(string reportJson, int entries, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrEmpty(reportJson);
        ReportJson = reportJson;
        EntriesDone = entries;
        EntriesTotal = entries;
        ResamplePercent = 100;
        Finish(AnalysisStatus.Succeeded, null, nowUtc);
    }

    public void Fail(string reason, DateTime nowUtc) =>
        Finish(AnalysisStatus.Failed, reason.Length > MaxReasonLength ? reason[..MaxReasonLength] : reason, nowUtc);

    /// <summary>Queues a failed analysis again (an organiser fixed the gold, say).</summary>
    public void Requeue(Guid requestedBy, DateTime nowUtc)
    {
        if (Status != AnalysisStatus.Failed)
        {
            throw new InvalidOperationException($"Analysis {Id} is {Status}; only a failed analysis is queued again.");
        }

        Status = AnalysisStatus.Queued;
        FailureReason = null;
        RequestedByUserId = requestedBy;
        RequestedAt = Instants.RequireUtc(nowUtc, nameof(nowUtc));
        StartedAt = null;
        FinishedAt = null;
    }

    private void Finish(AnalysisStatus status, string? reason, DateTime nowUtc)
    {
        Status = status;
        FailureReason = reason;
        FinishedAt = Instants.RequireUtc(nowUtc, nameof(nowUtc));
        LeaseOwner = null;
        LeaseExpiresAt = null;
    }
}
