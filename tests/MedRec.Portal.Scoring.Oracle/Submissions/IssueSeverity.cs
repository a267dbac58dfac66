namespace MedRec.Portal.Scoring.Submissions;

/// <summary>How serious a problem in a submission file is.</summary>
public enum IssueSeverity
{
    /// <summary>The file is rejected: not scored, no quota used.</summary>
    Error,

    /// <summary>Reported, but the file is still scored.</summary>
    Warning,
}
