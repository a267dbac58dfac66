namespace MedRec.Portal.Web.Hosting;

/// <summary>
/// <c>Api:RateLimits</c>: how many <c>/api/v1</c> requests one token, and one client address, may make per window.
/// Both limits apply; the first one reached answers 429 with Retry-After.
/// </summary>
public sealed class ApiRateLimitOptions
{
    public const string SectionName = "Api:RateLimits";

    /// <summary>Requests per window per API token (polling every 2 s uses 30 a minute).</summary>
    public int PerTokenPermits { get; set; } = 120;

    /// <summary>Requests per window per client address, with or without a token (guards against token guessing).</summary>
    public int PerAddressPermits { get; set; } = 600;

    /// <summary>The window's length in seconds.</summary>
    public int WindowSeconds { get; set; } = 60;

    /// <summary>
    /// Sign-in attempts (form posts to /Account/Login) per client address per <see cref="LoginWindowSeconds"/>:
    /// guessing is slowed per address, so the per-account lockout (five wrong passwords) is rarely reached by a
    /// stranger, and the lockout itself never touches API tokens.
    /// </summary>
    public int LoginAttemptsPerAddress { get; set; } = 30;

    /// <summary>The sign-in window's length in seconds.</summary>
    public int LoginWindowSeconds { get; set; } = 300;

    /// <summary>Throws at start-up, naming the key, when a value cannot work.</summary>
    public void Validate()
    {
        foreach (var (key, value) in new[] { (nameof(PerTokenPermits), PerTokenPermits), (nameof(PerAddressPermits), PerAddressPermits), (nameof(WindowSeconds), WindowSeconds), (nameof(LoginAttemptsPerAddress), LoginAttemptsPerAddress), (nameof(LoginWindowSeconds), LoginWindowSeconds) })
        {
            if (value < 1)
            {
                throw new InvalidOperationException($"Configuration key {SectionName}:{key} must be a whole number of at least 1 (was {value}).");
            }
        }
    }
}
