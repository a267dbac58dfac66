using System.Globalization;
using MedRec.Portal.Domain.Leaderboards;

namespace MedRec.Portal.Web.Components.Pages.Leaderboards.Components;

/// <summary>What the reason dialog returns: the reason and, for an override, the new metric values by key.</summary>
public sealed record ModerationInput(string Reason, IReadOnlyDictionary<string, double> Values);

/// <summary>A metric the override dialog asks for, with the value the board shows now.</summary>
public sealed record OverrideField(string Key, string DisplayName, double Current);

/// <summary>Checks the dialog's fields before anything is sent (the use case checks again).</summary>
public static class ModerationInputRules
{
    public static int MaxReasonLength => BoardModeration.MaxReasonLength;

    /// <summary>Null when the reason is acceptable, else the resource key of the message.</summary>
    public static string? CheckReason(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? "Boards.ReasonRequired"
        : reason.Trim().Length > MaxReasonLength ? "Boards.ReasonTooLong"
        : null;

    /// <summary>A metric value typed by an organiser: a number from 0 to 1, with a point or a comma.</summary>
    public static double? ParseScore(string? text)
    {
        var normalized = text?.Trim().Replace(',', '.');
        return double.TryParse(normalized, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value is >= 0 and <= 1
            ? value
            : null;
    }
}
