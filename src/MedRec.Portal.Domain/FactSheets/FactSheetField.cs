namespace MedRec.Portal.Domain.FactSheets;

/// <summary>What a fact-sheet field holds.</summary>
public enum FactSheetFieldKind
{
    /// <summary>Free text (a method description), up to <see cref="FactSheetField.MaxTextLength"/> characters.</summary>
    Text,

    /// <summary>One of the organiser's <see cref="FactSheetField.Choices"/>.</summary>
    Choice,

    /// <summary>A number (parameters, ensemble size), written with a dot as the decimal separator.</summary>
    Number,

    /// <summary>An absolute http(s) address (code, paper).</summary>
    Url,
}

/// <summary>One field of a phase's fact sheet, as the organiser defined it.</summary>
/// <param name="Key">A stable ASCII name (a–z, 0–9, '-', '_'), the export's column and the stored value's key.</param>
public sealed record FactSheetField(string Key, string LabelZh, string LabelEn, FactSheetFieldKind Kind, bool Required, IReadOnlyList<string> Choices)
{
    public const int MaxTextLength = 4000;

    public const int MaxLabelLength = 200;

    public const int MaxKeyLength = 40;

    public const int MaxChoices = 30;
}
