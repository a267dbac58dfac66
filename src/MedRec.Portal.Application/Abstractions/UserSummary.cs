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

    /// <summary>End of the current lockout (after repeated failed sign-ins), if any.</summary>
    public DateTimeOffset? LockoutEnd { get; init; }

    public DateTime CreatedAt { get; init; }
}
