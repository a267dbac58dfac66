namespace MedRec.Portal.Application.Abstractions;

/// <summary>An account as use cases may read it (no password hash, no security stamps).</summary>
public sealed class UserSummary
{
    public Guid Id { get; init; }

    public string Email { get; init; } = "";

    public string DisplayName { get; init; } = "";

    /// <summary><c>zh-CN</c> or <c>en</c>.</summary>
    public string PreferredLanguage { get; init; } = "";

    public bool IsOrganizer { get; init; }

    public bool EmailConfirmed { get; init; }

    /// <summary>End of the current lockout (after repeated failed sign-ins), if any; <see cref="DisabledUntil"/> for a disabled account.</summary>
    public DateTimeOffset? LockoutEnd { get; init; }

    /// <summary>The lockout end that marks an account an organiser disabled (ASP.NET Identity's convention for "never").</summary>
    public static DateTimeOffset DisabledUntil => DateTimeOffset.MaxValue;

    /// <summary>An organiser disabled the account (a lockout after failed sign-ins is temporary and is not this).</summary>
    public bool IsDisabled => LockoutEnd is { } end && end >= DisabledUntil;

    public DateTime CreatedAt { get; init; }
}
