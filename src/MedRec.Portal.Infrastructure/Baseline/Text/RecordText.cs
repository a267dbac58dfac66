using System.Globalization;
using System.Text.Json;

namespace MedRec.Portal.Infrastructure.Baseline.Text;

/// <summary>
/// The text of a record value, by the package contract's rules (docs/baseline-model.md, "Input text"), which the
/// Python trainer (tools/baseline/medrec_baseline/records.py) applies too: strings as they are; null, absent and
/// objects as empty; true/false; integral numbers without a fraction; other numbers in shortest round-trip form
/// with a lower-case exponent; list items (scalars only, nulls dropped) joined by the list separator.
/// </summary>
public static class RecordText
{
    /// <summary>The text of one value.</summary>
    public static string Of(JsonElement value, string listSeparator) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? string.Empty,
        JsonValueKind.Number => NumberText(value),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Array => string.Join(listSeparator, value.EnumerateArray()
            .Where(item => item.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined or JsonValueKind.Array or JsonValueKind.Object))
            .Select(item => Of(item, listSeparator))),
        _ => string.Empty,
    };

    private static string NumberText(JsonElement value)
    {
        if (value.TryGetInt64(out var integer))
        {
            return integer.ToString(CultureInfo.InvariantCulture);
        }

        var number = value.GetDouble();
        if (double.IsNaN(number) || double.IsInfinity(number))
        {
            return string.Empty;
        }

        // Python's str(int(x)) for integral floats, repr(x) (shortest round-trip) for the rest.
        if (Math.Abs(number) < 9007199254740992d && number == Math.Floor(number))
        {
            return ((long)number).ToString(CultureInfo.InvariantCulture);
        }

        return number.ToString("R", CultureInfo.InvariantCulture).Replace('E', 'e');
    }
}
