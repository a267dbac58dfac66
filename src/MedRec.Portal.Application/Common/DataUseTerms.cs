namespace MedRec.Portal.Application.Common;

/// <summary>
/// The identifier of the standard data-use terms (<see cref="Features.Terms.StandardTerms"/>) that a competition
/// bundle states it was reviewed against. A task's own terms are versioned on the portal (TermsVersion, published
/// by organisers and accepted by every member); a bundle does not carry their text.
/// </summary>
public static class DataUseTerms
{
    /// <summary>Raise when the standard terms text changes, so bundles written against the old text are reviewed.</summary>
    public const string CurrentVersion = "2025.1";
}
