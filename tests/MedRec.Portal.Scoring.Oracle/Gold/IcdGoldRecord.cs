namespace MedRec.Portal.Scoring.Gold;

/// <summary>One ICD coding record's gold codes.</summary>
/// <param name="Id">The record identifier (病案标识), normalised.</param>
/// <param name="PrimaryCode">The gold primary code (主要诊断编码), normalised.</param>
/// <param name="OtherCodes">The gold additional codes (其他诊断编码 split on <c>;</c>), normalised and distinct; may be empty.</param>
public sealed record IcdGoldRecord(string Id, string PrimaryCode, IReadOnlySet<string> OtherCodes);
