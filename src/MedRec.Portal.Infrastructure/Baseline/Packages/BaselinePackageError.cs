namespace MedRec.Portal.Infrastructure.Baseline.Packages;

/// <summary>One reason a package was rejected, with a message that says what is wrong and how to fix it.</summary>
public sealed record BaselinePackageError(BaselinePackageErrorCode Code, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Code}: {Message}";
}
