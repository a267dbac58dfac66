namespace MedRec.Portal.Application.Features.Terms;

/// <summary>The terms version in force for a task, and where the viewer stands with it.</summary>
/// <param name="MyAcceptedNumber">The newest version the viewer accepted; null when none (or anonymous).</param>
public sealed record TaskTerms(int Number, string TextZh, string TextEn, DateTime PublishedAt, int? MyAcceptedNumber, DateTime? MyAcceptedAt)
{
    /// <summary>The viewer accepted the version in force.</summary>
    public bool AcceptedCurrent => MyAcceptedNumber == Number;
}
