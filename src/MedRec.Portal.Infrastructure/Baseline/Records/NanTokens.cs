using System.Text;

namespace MedRec.Portal.Infrastructure.Baseline.Records;

/// <summary>
/// The public copies of the official files contain bare <c>NaN</c> values, which are not JSON; they mean "no
/// value". This rewrites each such token outside strings to <c>null</c> so a standard parser can read the file.
/// </summary>
internal static class NanTokens
{
    public static string ReplaceWithNull(string json)
    {
        if (!json.Contains("NaN", StringComparison.Ordinal))
        {
            return json;
        }

        var builder = new StringBuilder(json.Length);
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (inString)
            {
                builder.Append(c);
                if (c == '\\' && i + 1 < json.Length)
                {
                    builder.Append(json[++i]);
                }
                else if (c == '"')
                {
                    inString = false;
                }

                continue;
            }

            if (c == '"')
            {
                inString = true;
            }
            else if (c == 'N' && IsBareNaN(json, i))
            {
                builder.Append("null");
                i += 2;
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool IsBareNaN(string json, int start) =>
        string.CompareOrdinal(json, start, "NaN", 0, 3) == 0
        && (start == 0 || !char.IsLetterOrDigit(json[start - 1]))
        && (start + 3 >= json.Length || !char.IsLetterOrDigit(json[start + 3]));
}
