namespace MedRec.Portal.Infrastructure.Baseline.Packages;

/// <summary>The outcome of loading a package: the package, or the errors that reject it.</summary>
public sealed record BaselinePackageLoadResult
{
    private BaselinePackageLoadResult(BaselinePackage? package, IReadOnlyList<BaselinePackageError> errors)
    {
        Package = package;
        Errors = errors;
    }

    /// <summary>The package when it passed every check.</summary>
    public BaselinePackage? Package { get; }

    /// <summary>Every problem found (empty when valid).</summary>
    public IReadOnlyList<BaselinePackageError> Errors { get; }

    /// <summary>True when the package can run.</summary>
    public bool IsValid => Package is not null;

    internal static BaselinePackageLoadResult Valid(BaselinePackage package) => new(package, []);

    internal static BaselinePackageLoadResult Invalid(IReadOnlyList<BaselinePackageError> errors) => new(null, errors);
}
