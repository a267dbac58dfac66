using System.Security.Cryptography;
using System.Text;
using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Domain.ApiTokens;

/// <summary>
/// A personal API token: lets a script act as its owner on the REST API (<c>/api/v1</c>). Only the SHA-256 of the
/// secret is stored, so a copy of the database cannot be used to call the API; the secret is shown once, when the
/// token is created. Tokens are revoked, never deleted, so the audit log and "last used" keep their meaning.
/// </summary>
public sealed class ApiToken
{
    /// <summary>Every secret starts with this, so leaked tokens are recognisable (secret scanners, logs).</summary>
    public const string SecretPrefix = "mrp_";

    private const int SecretPrefixLength = 4;

    /// <summary>Length of a whole secret: prefix and random part.</summary>
    public const int SecretLength = SecretPrefixLength + RandomLength;

    /// <summary>Random characters after the prefix: 40 from a 62-letter alphabet, about 238 bits.</summary>
    public const int RandomLength = 40;

    /// <summary>How much of the secret is kept in clear to tell tokens apart in lists ("mrp_AbCd…").</summary>
    public const int DisplayPrefixLength = 8;

    public const int MaxNameLength = 100;

    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(366);

    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private ApiToken()
    {
    }

    private ApiToken(Guid id, Guid userId, string name, string displayPrefix, string secretHash, DateTime createdAt, DateTime? expiresAt)
    {
        Id = id;
        UserId = userId;
        Name = name;
        DisplayPrefix = displayPrefix;
        SecretHash = secretHash;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    /// <summary>What the owner calls it ("training server"), to recognise it when revoking.</summary>
    public string Name { get; private set; } = "";

    /// <summary>The first characters of the secret (<see cref="DisplayPrefixLength"/>), not enough to use it.</summary>
    public string DisplayPrefix { get; private set; } = "";

    /// <summary>Lower-case hex SHA-256 of the UTF-8 secret; unique.</summary>
    public string SecretHash { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    /// <summary>Null: valid until revoked.</summary>
    public DateTime? ExpiresAt { get; private set; }

    public DateTime? LastUsedAt { get; private set; }

    public DateTime? RevokedAt { get; private set; }

    /// <summary>
    /// A new token and its secret (which only the caller ever sees). The name is trimmed; the expiry, when given,
    /// must lie in the future and within <see cref="MaxLifetime"/>: check with <see cref="CheckNew"/> first.
    /// </summary>
    public static (ApiToken Token, string Secret) Create(Guid id, Guid userId, string name, DateTime nowUtc, DateTime? expiresAtUtc)
    {
        var now = Instants.RequireUtc(nowUtc, nameof(nowUtc));
        var expires = expiresAtUtc is { } e ? Instants.RequireUtc(e, nameof(expiresAtUtc)) : (DateTime?)null;
        if (CheckNew(name, now, expires) is { } error)
        {
            throw new DomainRuleException(error);
        }

        var secret = SecretPrefix + RandomNumberGenerator.GetString(Alphabet, RandomLength);
        return (new ApiToken(id, userId, name.Trim(), secret[..DisplayPrefixLength], HashSecret(secret), now, expires), secret);
    }

    /// <summary>Why a token with this name and expiry cannot be created, or null.</summary>
    public static Error? CheckNew(string? name, DateTime nowUtc, DateTime? expiresAtUtc)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return ApiTokenRuleErrors.NameRequired.ForField(nameof(Name));
        }

        if (trimmed.Length > MaxNameLength)
        {
            return ApiTokenRuleErrors.NameTooLong.ForField(nameof(Name), MaxNameLength, trimmed.Length);
        }

        if (expiresAtUtc is { } expires)
        {
            if (expires <= nowUtc)
            {
                return ApiTokenRuleErrors.ExpiryInPast.ForField(nameof(ExpiresAt), expires.ToString("u", System.Globalization.CultureInfo.InvariantCulture));
            }

            if (expires - nowUtc > MaxLifetime)
            {
                return ApiTokenRuleErrors.LifetimeTooLong.ForField(nameof(ExpiresAt), MaxLifetime.TotalDays.ToString("0", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return null;
    }

    /// <summary>The stored form of a secret: lower-case hex SHA-256 of its UTF-8 bytes.</summary>
    public static string HashSecret(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
    }

    /// <summary>Whether a presented string has the shape of a secret (prefix, length, alphabet): cheap, before any lookup.</summary>
    public static bool LooksLikeSecret(string? candidate) =>
        candidate is { Length: SecretLength }
        && candidate.StartsWith(SecretPrefix, StringComparison.Ordinal)
        && candidate.AsSpan(SecretPrefixLength).IndexOfAnyExcept(Alphabet) < 0;

    public bool IsRevoked => RevokedAt is not null;

    public bool IsExpiredAt(DateTime nowUtc) => ExpiresAt is { } expires && Instants.RequireUtc(nowUtc, nameof(nowUtc)) >= expires;

    /// <summary>Why the token cannot be used at the instant (revoked, expired), or null when it can.</summary>
    public Error? CheckUsableAt(DateTime nowUtc)
    {
        if (RevokedAt is { } revoked)
        {
            return ApiTokenRuleErrors.Revoked.With(Name, DisplayPrefix, revoked.ToString("u", System.Globalization.CultureInfo.InvariantCulture));
        }

        return IsExpiredAt(nowUtc)
            ? ApiTokenRuleErrors.Expired.With(Name, DisplayPrefix, ExpiresAt?.ToString("u", System.Globalization.CultureInfo.InvariantCulture))
            : null;
    }

    /// <summary>Revokes the token; revoking again keeps the first instant.</summary>
    public void Revoke(DateTime nowUtc) => RevokedAt ??= Instants.RequireUtc(nowUtc, nameof(nowUtc));
}
