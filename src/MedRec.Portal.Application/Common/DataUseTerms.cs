namespace MedRec.Portal.Application.Common;

/// <summary>The data-use terms a team accepts when it registers; the version is stored with each acceptance.</summary>
public static class DataUseTerms
{
    /// <summary>Raise when the terms text changes, so registrations record which text they accepted.</summary>
    public const string CurrentVersion = "2025.1";
}
