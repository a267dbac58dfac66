namespace MedRec.Portal.Scoring.Submissions;

/// <summary>An ICD coding record's predicted codes.</summary>
/// <param name="Id">The record identifier (病案标识), normalised.</param>
/// <param name="RecordNumber">1-based position of the record in the file.</param>
/// <param name="PrimaryCode">The predicted primary code, one of the 5 primary codes.</param>
/// <param name="AdditionalCodes">The predicted additional codes: distinct, in file order, at least one, all from the 53 additional codes.</param>
public sealed record IcdPrediction(string Id, int RecordNumber, string PrimaryCode, IReadOnlyList<string> AdditionalCodes) : Prediction(Id, RecordNumber);
