namespace MedRec.Portal.Domain.Common;

/// <summary>The outcome of an operation that can fail in expected ways (bad input, missing rights): no exceptions for those.</summary>
public class Result
{
    protected Result(IReadOnlyList<Error> errors) => Errors = errors;

    public IReadOnlyList<Error> Errors { get; }

    public bool IsSuccess => Errors.Count == 0;

    public bool IsFailure => !IsSuccess;

    /// <summary>The first error's code, or null on success: handy for mapping to a page message or status code.</summary>
    public string? ErrorCode => IsSuccess ? null : Errors[0].Code;

    public static Result Success() => new([]);

    public static Result Failure(Error error) => new([error]);

    public static Result Failure(IReadOnlyList<Error> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("A failure needs at least one error.", nameof(errors));
        }

        return new(errors);
    }

    public static Result<T> Success<T>(T value) => Result<T>.Success(value);

    public override string ToString() => IsSuccess ? "Success" : string.Join("; ", Errors);
}
