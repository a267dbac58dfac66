namespace MedRec.Portal.Scoring.Submissions;

/// <summary>One validated record of a submission file.</summary>
/// <param name="Id">The identifier, NFKC-normalised and trimmed.</param>
/// <param name="RecordNumber">1-based position of the record in the file.</param>
public abstract record Prediction(string Id, int RecordNumber);
