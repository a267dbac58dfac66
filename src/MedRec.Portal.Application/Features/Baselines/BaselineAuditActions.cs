namespace MedRec.Portal.Application.Features.Baselines;

/// <summary>The audit action names of the baseline use cases (stable: the audit page filters on them).</summary>
public static class BaselineAuditActions
{
    public const string ModelUploaded = "baseline.model-uploaded";
    public const string RunQueued = "baseline.run-queued";
    public const string RunCancelRequested = "baseline.run-cancel-requested";
    public const string RunSucceeded = "baseline.run-succeeded";
    public const string RunFailed = "baseline.run-failed";
    public const string RunCancelled = "baseline.run-cancelled";
    public const string RunInterrupted = "baseline.run-interrupted";
}
