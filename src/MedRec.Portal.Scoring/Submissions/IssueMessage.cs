using System.Globalization;
using System.Text.Json;

namespace MedRec.Portal.Scoring.Submissions;

/// <summary>
/// One validator message, worded once: a stable <see cref="Id"/> (the portal looks up <c>Issue.{Id}</c> to show it
/// in the reader's language) and the English text with numbered placeholders. The placeholders listed in
/// <see cref="KindArguments"/> take a JSON value kind (<see cref="KindOf"/>), which each language words itself.
/// Declared in <see cref="IssueMessages"/>; a portal test checks that every one has a Chinese text with the same
/// placeholders.
/// </summary>
public sealed record IssueMessage(string Id, string English, params int[] KindArguments)
{
    /// <summary>
    /// The placeholders that quote the file's own text (an identifier, a label, a key, a prediction string): their
    /// values are shortened (<see cref="EchoedText.Shorten"/>) so the message stays small whatever the file holds.
    /// </summary>
    public IReadOnlyList<int> EchoedArguments { get; init; } = [];

    /// <summary>How many characters of an echoed value the message keeps (longer for whole prediction strings).</summary>
    public int EchoLength { get; init; } = EchoedText.MaxLength;

    /// <summary>The message with these values in its placeholders (formatted with the invariant culture).</summary>
    public IssueText With(params object?[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var values = arguments.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture) ?? string.Empty).ToArray();
        foreach (var index in EchoedArguments)
        {
            if (index < values.Length)
            {
                values[index] = EchoedText.Shorten(values[index], EchoLength);
            }
        }

        var english = values.Select((value, index) => KindArguments.Contains(index) ? DescribeKind(value) : value).ToArray();
        return new IssueText(Id, values, string.Format(CultureInfo.InvariantCulture, English, english));
    }

    /// <summary>The language-neutral name of a JSON value kind, as <see cref="KindArguments"/> carry it.</summary>
    public static string KindOf(JsonTokenType kind) => kind switch
    {
        JsonTokenType.String => "string",
        JsonTokenType.Number => "number",
        JsonTokenType.True or JsonTokenType.False => "boolean",
        JsonTokenType.StartArray => "array",
        JsonTokenType.StartObject => "object",
        JsonTokenType.Null => "null",
        _ => "none",
    };

    /// <summary>How a kind named by <see cref="KindOf"/> reads in English ("a number").</summary>
    public static string DescribeKind(string kind) => kind switch
    {
        "string" => "a string",
        "number" => "a number",
        "boolean" => "a boolean",
        "array" => "an array",
        "object" => "an object",
        "null" => "null",
        _ => "not a value",
    };
}

/// <summary>A validator message with its values: what <see cref="SubmissionIssue"/> stores besides the English text.</summary>
/// <param name="MessageId">The <see cref="IssueMessage.Id"/>.</param>
/// <param name="Arguments">The placeholder values, invariant culture; JSON kinds as <see cref="IssueMessage.KindOf"/> names them.</param>
/// <param name="English">The message in English, placeholders filled.</param>
public sealed record IssueText(string MessageId, IReadOnlyList<string> Arguments, string English);
