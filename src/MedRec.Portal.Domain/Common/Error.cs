namespace MedRec.Portal.Domain.Common;

/// <summary>An expected failure: a stable machine code, a message a person can act on, and the field it concerns.</summary>
public sealed record Error(string Code, string Message, string? Field = null)
{
    public static Error Validation(string field, string message) => new(ErrorCodes.Validation, message, field);

    public static Error NotFound(string what) => new(ErrorCodes.NotFound, $"{what} was not found.");

    public static Error Forbidden(string message) => new(ErrorCodes.Forbidden, message);

    public static Error Conflict(string message) => new(ErrorCodes.Conflict, message);

    public override string ToString() => Field is null ? $"{Code}: {Message}" : $"{Code} ({Field}): {Message}";
}
