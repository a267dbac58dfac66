namespace MedRec.Portal.Domain.Common;

/// <summary>
/// Thrown when code calls an entity method in a way its rules forbid. Use cases check the rule first (the
/// entity's Check… methods return an <see cref="Error"/>), so this only fires on a programming error.
/// </summary>
public sealed class DomainRuleException : InvalidOperationException
{
    public DomainRuleException(Error error)
        : base(error?.Message) => Error = error ?? throw new ArgumentNullException(nameof(error));

    public DomainRuleException()
        : this(new Error(ErrorCodes.Validation, "A domain rule was violated."))
    {
    }

    public DomainRuleException(string message)
        : this(new Error(ErrorCodes.Validation, message))
    {
    }

    public DomainRuleException(string message, Exception innerException)
        : base(message, innerException) => Error = new Error(ErrorCodes.Validation, message);

    public Error Error { get; }
}
