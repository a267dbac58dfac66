namespace MedRec.Portal.Scoring.Gold;

/// <summary>One CDrugRed visit's gold discharge medications.</summary>
/// <param name="Id">The visit identifier (就诊标识), normalised.</param>
/// <param name="Drugs">The gold drugs (出院带药列表), normalised and distinct; may be empty.</param>
public sealed record CDrugRedGoldRecord(string Id, IReadOnlySet<string> Drugs);
