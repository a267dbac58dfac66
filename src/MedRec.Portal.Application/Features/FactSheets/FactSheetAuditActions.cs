namespace MedRec.Portal.Application.Features.FactSheets;

/// <summary>The audit action names of the fact-sheet use cases.</summary>
public static class FactSheetAuditActions
{
    public const string FormDefined = "factsheet.form-defined";
    public const string Submitted = "factsheet.submitted";
    public const string RankingChanged = "factsheet.ranking-changed";
}
