using System.Globalization;

namespace MedRec.Portal.Domain.Common;

/// <summary>
/// One specific error message, worded once: a stable <see cref="Id"/> (pages look up <c>Error.{Id}</c> in their
/// resources to translate it), its <see cref="Code"/>, and the English text with numbered placeholders. Declare
/// them as <c>public static readonly</c> fields: a test checks that every one has an English and a Chinese text
/// with the same placeholders.
/// </summary>
public sealed record ErrorMessage(string Id, string Code, string English)
{
    /// <summary>The error with these values in its placeholders.</summary>
    public Error With(params object?[] arguments) => Create(null, arguments);

    /// <summary>The error about <paramref name="field"/>, with these values in its placeholders.</summary>
    public Error ForField(string field, params object?[] arguments) => Create(field, arguments);

    private Error Create(string? field, object?[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var values = arguments.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture) ?? "").ToArray();
        return new Error(Code, string.Format(CultureInfo.InvariantCulture, English, values), field)
        {
            MessageId = Id,
            Arguments = values,
        };
    }
}
