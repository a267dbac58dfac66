using System.Text;

namespace MedRec.Portal.Application.Features.Exports.ExportResults;

/// <summary>ASCII names for the CSV files of an export (phase codes are the organisers' free text).</summary>
internal static class ExportKeys
{
    /// <summary>Letters, digits, '-' and '_' kept; anything else becomes '_' (empty: "phase").</summary>
    public static string Safe(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_');
        }

        return builder.Length == 0 ? "phase" : builder.ToString();
    }
}
