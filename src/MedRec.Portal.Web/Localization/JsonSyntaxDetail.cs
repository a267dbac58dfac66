using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace MedRec.Portal.Web.Localization;

/// <summary>
/// The JSON reader's own explanation of a syntax error (System.Text.Json's English, stored in the issue) in the
/// reader's language. The known shapes are matched and reworded with the offending character; anything else gets a
/// plain "not valid JSON here" rather than English in a Chinese report. English readers keep the reader's text.
/// </summary>
public static partial class JsonSyntaxDetail
{
    private static readonly (Regex Pattern, string Key)[] Shapes =
    [
        (InvalidStart(), "Issue.JsonDetail.InvalidStart"),
        (AfterValue(), "Issue.JsonDetail.AfterValue"),
        (AfterSingleValue(), "Issue.JsonDetail.AfterSingleValue"),
        (AfterPropertyName(), "Issue.JsonDetail.AfterPropertyName"),
        (PropertyNameStart(), "Issue.JsonDetail.PropertyNameStart"),
        (InsideString(), "Issue.JsonDetail.InsideString"),
        (InsideNumber(), "Issue.JsonDetail.InsideNumber"),
        (EndOfNumber(), "Issue.JsonDetail.InsideNumber"),
        (Literal(), "Issue.JsonDetail.Literal"),
        (Unmatched(), "Issue.JsonDetail.Unmatched"),
        (Unclosed(), "Issue.JsonDetail.Unclosed"),
        (EndOfData(), "Issue.JsonDetail.EndOfData"),
        (TrailingComma(), "Issue.JsonDetail.TrailingComma"),
        (Empty(), "Issue.JsonDetail.Empty"),
    ];

    /// <summary>The detail for a Chinese reader, or <paramref name="detail"/> as it is for an English one.</summary>
    public static string Localize(string detail, IStringLocalizer<SharedResource> text)
    {
        ArgumentNullException.ThrowIfNull(detail);
        ArgumentNullException.ThrowIfNull(text);
        if (!PortalCultures.IsChinese(System.Globalization.CultureInfo.CurrentUICulture))
        {
            return detail;
        }

        foreach (var (pattern, key) in Shapes)
        {
            if (pattern.Match(detail) is { Success: true } match)
            {
                return text[key, match.Groups.Count > 1 ? match.Groups[1].Value : ""];
            }
        }

        return text["Issue.JsonDetail.Other"];
    }

    [GeneratedRegex(@"^'(.{1,8})' is an invalid start of a value\.")]
    private static partial Regex InvalidStart();

    [GeneratedRegex(@"^'(.{1,8})' is invalid after a value\.")]
    private static partial Regex AfterValue();

    [GeneratedRegex(@"^'(.{1,8})' is invalid after a single JSON value\.")]
    private static partial Regex AfterSingleValue();

    [GeneratedRegex(@"^'(.{1,8})' is invalid after a property name\.")]
    private static partial Regex AfterPropertyName();

    [GeneratedRegex(@"^'(.{1,8})' is an invalid start of a property name\.")]
    private static partial Regex PropertyNameStart();

    [GeneratedRegex(@"^'(.{1,8})' is (?:invalid within a JSON string|invalid after '\\' within a JSON string|not a hex digit)")]
    private static partial Regex InsideString();

    [GeneratedRegex(@"^'(.{1,8})' is invalid within a number")]
    private static partial Regex InsideNumber();

    [GeneratedRegex(@"^'(.{1,8})' is an invalid end of a number")]
    private static partial Regex EndOfNumber();

    [GeneratedRegex(@"^'(.{1,16})' is an invalid JSON literal")]
    private static partial Regex Literal();

    [GeneratedRegex(@"^'(.{1,8})' is invalid without a matching open")]
    private static partial Regex Unmatched();

    [GeneratedRegex(@"^Expected depth to be zero at the end of the JSON payload")]
    private static partial Regex Unclosed();

    [GeneratedRegex(@"reached end of data|Unexpected end of data")]
    private static partial Regex EndOfData();

    [GeneratedRegex(@"contains a trailing comma")]
    private static partial Regex TrailingComma();

    [GeneratedRegex(@"does not contain any JSON tokens")]
    private static partial Regex Empty();
}
