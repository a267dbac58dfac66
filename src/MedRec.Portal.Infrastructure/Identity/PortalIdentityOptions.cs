using Microsoft.AspNetCore.Identity;

namespace MedRec.Portal.Infrastructure.Identity;

/// <summary>Password, lockout and user rules, set once here so the web host, the CLI and tests agree.</summary>
public static class PortalIdentityOptions
{
    public const int MaxFailedAccessAttempts = 5;

    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public const int RequiredPasswordLength = 10;

    public static void Configure(IdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        // Length over symbol rules (NIST 800-63B): long passphrases are easier to remember and harder to guess.
        options.Password.RequiredLength = RequiredPasswordLength;
        options.Password.RequireDigit = true;
        options.Password.RequireLowercase = true;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequiredUniqueChars = 4;

        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = MaxFailedAccessAttempts;
        options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;

        options.User.RequireUniqueEmail = true;
        // A new account signs in only once its owner opened the confirmation mail (docs/email.md, "Account mails").
        options.SignIn.RequireConfirmedAccount = true;
    }
}
