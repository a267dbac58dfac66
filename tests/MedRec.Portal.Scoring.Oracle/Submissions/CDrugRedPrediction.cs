namespace MedRec.Portal.Scoring.Submissions;

/// <summary>A CDrugRed visit's predicted discharge medications.</summary>
/// <param name="Id">The visit identifier (就诊标识), normalised.</param>
/// <param name="RecordNumber">1-based position of the record in the file.</param>
/// <param name="Drugs">The predicted drugs: normalised, distinct, in file order, all from the candidate list; may be empty.</param>
public sealed record CDrugRedPrediction(string Id, int RecordNumber, IReadOnlyList<string> Drugs) : Prediction(Id, RecordNumber);
