using System.Text;

namespace MedRec.Portal.Scoring.Text;

/// <summary>
/// The one normalisation applied to identifiers and labels before they are compared (docs/scoring-rules.md, rules 5 and 6):
/// Unicode NFKC (full-width letters, digits and punctuation become their ASCII forms) followed by trimming white space.
/// </summary>
public static class TextNormalizer
{
    /// <summary>Returns <paramref name="value"/> in NFKC form with leading and trailing white space removed.</summary>
    /// <param name="value">An identifier or label as written in a file.</param>
    public static string Normalize(string value)
    {
        ArgumentNullException.ThrowIfNull(value);

        // Most labels are already normalised; checking first avoids allocating a copy of each one.
        var normalized = value.IsNormalized(NormalizationForm.FormKC) ? value : value.Normalize(NormalizationForm.FormKC);
        return normalized.Trim();
    }
}
