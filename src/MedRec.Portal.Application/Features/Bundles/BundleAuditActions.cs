namespace MedRec.Portal.Application.Features.Bundles;

/// <summary>Audit actions of bundle import and export (besides the task, phase and file events an import also records).</summary>
public static class BundleAuditActions
{
    public const string Imported = "bundle.imported";
    public const string Exported = "bundle.exported";
}
