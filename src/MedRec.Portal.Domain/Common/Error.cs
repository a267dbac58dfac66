namespace MedRec.Portal.Domain.Common;

/// <summary>
/// An expected failure: a stable machine code, a message a person can act on, and the field it concerns.
/// Errors made from an <see cref="ErrorMessage"/> also carry its <see cref="MessageId"/> and the values it names
/// (<see cref="Arguments"/>), so pages can show the message in the reader's language; <see cref="Message"/> is
/// always the English text (logs, API, CLI).
/// </summary>
public sealed record Error(string Code, string Message, string? Field = null)
{
    /// <summary>The stable id of the specific message (e.g. <c>submission.daily-limit</c>); null for ad-hoc messages.</summary>
    public string? MessageId { get; init; }

    /// <summary>The values the message names, formatted invariantly, in placeholder order ({0}, {1}, …).</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    public static Error Validation(string field, string message) => new(ErrorCodes.Validation, message, field);

    public static Error NotFound(string what) => new(ErrorCodes.NotFound, $"{what} was not found.");

    public static Error Forbidden(string message) => new(ErrorCodes.Forbidden, message);

    public static Error Conflict(string message) => new(ErrorCodes.Conflict, message);

    public bool Equals(Error? other) =>
        other is not null && Code == other.Code && Message == other.Message && Field == other.Field
        && MessageId == other.MessageId && Arguments.SequenceEqual(other.Arguments);

    public override int GetHashCode() => HashCode.Combine(Code, Message, Field, MessageId);

    public override string ToString() => Field is null ? $"{Code}: {Message}" : $"{Code} ({Field}): {Message}";
}
