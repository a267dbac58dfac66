namespace MedRec.Portal.Application.Features.Analysis;

/// <summary>The audit action names of the analysis use cases (stable: the audit page filters on them).</summary>
public static class AnalysisAuditActions
{
    public const string Requested = "analysis.requested";
    public const string Succeeded = "analysis.succeeded";
    public const string Failed = "analysis.failed";
    public const string Published = "analysis.published";
    public const string Withdrawn = "analysis.withdrawn";
    public const string Exported = "analysis.exported";
}
