using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Domain.Baselines;

/// <summary>
/// One run of a baseline model on a phase's inputs, kept as a record: queued by an organiser, claimed by the
/// background worker under a lease it renews with every progress report, and finished as succeeded (with the
/// baseline row it created and its scores), failed, cancelled or interrupted. A run whose lease ran out is
/// interrupted, so a restart never leaves it "running" for ever.
/// </summary>
public sealed class BaselineRun : IVersioned
{
    public const int MaxReasonLength = 1000;

    public const int MaxBatchSize = 256;

    private BaselineRun()
    {
    }

    public BaselineRun(Guid id, Guid taskId, Guid phaseId, Guid modelId, string label, int batchSize, Guid requestedBy, DateTime requestedAtUtc)
    {
        if (Leaderboards.BaselineEntry.CheckName(label) is { } error)
        {
            throw new DomainRuleException(error);
        }

        if (CheckBatchSize(batchSize) is { } batchError)
        {
            throw new DomainRuleException(batchError);
        }

        Id = id;
        TaskId = taskId;
        PhaseId = phaseId;
        ModelId = modelId;
        Label = label.Trim();
        BatchSize = batchSize;
        RequestedByUserId = requestedBy;
        RequestedAt = Instants.RequireUtc(requestedAtUtc, nameof(requestedAtUtc));
        Status = BaselineRunStatus.Queued;
        ActiveModelId = modelId;
    }

    public Guid Id { get; private set; }

    public Guid TaskId { get; private set; }

    public Guid PhaseId { get; private set; }

    public Guid ModelId { get; private set; }

    /// <summary>
    /// <see cref="ModelId"/> while the run is queued or running, null once it ended. The database holds (PhaseId,
    /// ActiveModelId) unique, so a second active run of one model on one phase is refused there even when two
    /// organisers (or one double click) start it at the same moment.
    /// </summary>
    public Guid? ActiveModelId { get; private set; }

    /// <summary>The board label the baseline row gets.</summary>
    public string Label { get; private set; } = "";

    public int BatchSize { get; private set; }

    public Guid RequestedByUserId { get; private set; }

    public DateTime RequestedAt { get; private set; }

    public BaselineRunStatus Status { get; private set; }

    public DateTime? StartedAt { get; private set; }

    public DateTime? FinishedAt { get; private set; }

    /// <summary>The ONNX Runtime execution provider in use ("Cpu", "Cuda"), once the model is loaded.</summary>
    public string? Provider { get; private set; }

    public int RecordsDone { get; private set; }

    public int RecordsTotal { get; private set; }

    /// <summary>Throughput of inference so far (the final value once finished).</summary>
    public double RecordsPerSecond { get; private set; }

    /// <summary>Seconds of inference (tokenising and the graph), without validating and scoring.</summary>
    public double? InferenceSeconds { get; private set; }

    public string? FailureReason { get; private set; }

    public DateTime? CancelRequestedAt { get; private set; }

    public Guid? CancelRequestedByUserId { get; private set; }

    public string? LeaseOwner { get; private set; }

    public DateTime? LeaseExpiresAt { get; private set; }

    /// <summary>The baseline row the run created (succeeded runs only).</summary>
    public Guid? BaselineEntryId { get; private set; }

    public double? PrimaryScore { get; private set; }

    /// <summary>All metrics, key → value in display order, as the scorer gave them.</summary>
    public string? MetricsJson { get; private set; }

    public Guid Version { get; set; }

    public bool IsFinished => Status is BaselineRunStatus.Succeeded or BaselineRunStatus.Failed or BaselineRunStatus.Cancelled or BaselineRunStatus.Interrupted;

    /// <summary>Wall time from the worker's start to the end (null until both are known).</summary>
    public TimeSpan? Duration => StartedAt is { } start && FinishedAt is { } end ? end - start : null;

    public static Error? CheckBatchSize(int batchSize) =>
        batchSize is < 1 or > MaxBatchSize
            ? BaselineRuleErrors.BatchSize.ForField("BatchSize", batchSize, MaxBatchSize)
            : null;

    /// <summary>A worker takes the run. Only a queued run can be claimed.</summary>
    public void Claim(string owner, DateTime leaseExpiresAtUtc, DateTime nowUtc)
    {
        if (Status != BaselineRunStatus.Queued)
        {
            throw new DomainRuleException(BaselineRuleErrors.RunNotQueued.With(Status));
        }

        Status = BaselineRunStatus.Running;
        StartedAt = Instants.RequireUtc(nowUtc, nameof(nowUtc));
        LeaseOwner = owner;
        LeaseExpiresAt = Instants.RequireUtc(leaseExpiresAtUtc, nameof(leaseExpiresAtUtc));
    }

    public bool IsLeasedBy(string owner) => Status == BaselineRunStatus.Running && LeaseOwner == owner;

    /// <summary>Stores progress and renews the lease (the worker's heartbeat).</summary>
    public void ReportProgress(int done, int total, double recordsPerSecond, string? provider, DateTime leaseExpiresAtUtc)
    {
        RecordsDone = done;
        RecordsTotal = total;
        RecordsPerSecond = recordsPerSecond;
        Provider = provider ?? Provider;
        LeaseExpiresAt = Instants.RequireUtc(leaseExpiresAtUtc, nameof(leaseExpiresAtUtc));
    }

    public void Succeed(Guid baselineEntryId, double primaryScore, string metricsJson, int records, double recordsPerSecond, double inferenceSeconds, string provider, DateTime nowUtc)
    {
        BaselineEntryId = baselineEntryId;
        PrimaryScore = primaryScore;
        MetricsJson = metricsJson;
        RecordsDone = records;
        RecordsTotal = records;
        RecordsPerSecond = recordsPerSecond;
        InferenceSeconds = inferenceSeconds;
        Provider = provider;
        Finish(BaselineRunStatus.Succeeded, null, nowUtc);
    }

    public void Fail(string reason, DateTime nowUtc) => Finish(BaselineRunStatus.Failed, reason, nowUtc);

    /// <summary>
    /// An organiser asks to stop. A queued run is cancelled at once (returns true); a running one is flagged,
    /// and its worker stops at the next batch. Finished runs are left as they are.
    /// </summary>
    public bool RequestCancel(Guid by, DateTime nowUtc)
    {
        if (IsFinished)
        {
            return false;
        }

        CancelRequestedAt ??= Instants.RequireUtc(nowUtc, nameof(nowUtc));
        CancelRequestedByUserId ??= by;
        if (Status == BaselineRunStatus.Queued)
        {
            MarkCancelled(nowUtc);
            return true;
        }

        return false;
    }

    public void MarkCancelled(DateTime nowUtc) =>
        Finish(BaselineRunStatus.Cancelled, $"Cancelled by an organiser after {RecordsDone} of {RecordsTotal} records.", nowUtc);

    /// <summary>The process running it stopped (its lease ran out, or the host shut down mid-run).</summary>
    public void MarkInterrupted(string why, DateTime nowUtc) =>
        Finish(BaselineRunStatus.Interrupted, $"{why} after {RecordsDone} of {RecordsTotal} records; start the run again.", nowUtc);

    private void Finish(BaselineRunStatus status, string? reason, DateTime nowUtc)
    {
        Status = status;
        FailureReason = reason is null ? null : reason.Length > MaxReasonLength ? reason[..MaxReasonLength] : reason;
        FinishedAt = Instants.RequireUtc(nowUtc, nameof(nowUtc));
        ActiveModelId = null;
        LeaseOwner = null;
        LeaseExpiresAt = null;
    }
}
