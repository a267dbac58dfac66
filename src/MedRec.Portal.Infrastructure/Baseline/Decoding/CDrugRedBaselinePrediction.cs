namespace MedRec.Portal.Infrastructure.Baseline.Decoding;

/// <summary>A decoded CDrugRed prediction: the visit and its recommended drugs, most probable first.</summary>
public sealed record CDrugRedBaselinePrediction(string Id, IReadOnlyList<string> Drugs);
