using System.Security.Cryptography;
using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Domain.Teams;

/// <summary>
/// A code (also usable as a link) that lets its holder join a team until it expires or is revoked. Anyone with
/// the code may join while seats are free; the leader revokes a leaked code.
/// </summary>
public sealed class TeamInvitation
{
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(7);

    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(60);

    private TeamInvitation()
    {
    }

    internal TeamInvitation(Guid id, Guid teamId, string code, Guid createdBy, DateTime createdAt, DateTime expiresAt)
    {
        Id = id;
        TeamId = teamId;
        Code = code;
        CreatedByUserId = createdBy;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    public Guid Id { get; private set; }

    public Guid TeamId { get; private set; }

    /// <summary>Random, URL-safe, unique.</summary>
    public string Code { get; private set; } = "";

    public Guid CreatedByUserId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime ExpiresAt { get; private set; }

    public DateTime? RevokedAt { get; private set; }

    /// <summary>A fresh random code: 16 characters from an alphabet without look-alikes (no 0/O, 1/l/I).</summary>
    public static string NewCode()
    {
        const string alphabet = "23456789abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
        return RandomNumberGenerator.GetString(alphabet, 16);
    }

    /// <summary>Why the code cannot be used at the instant, or null when it can.</summary>
    public Error? CheckUsableAt(DateTime instantUtc)
    {
        var t = Instants.RequireUtc(instantUtc, nameof(instantUtc));
        if (RevokedAt is not null)
        {
            return TeamRuleErrors.InvitationRevoked.With();
        }

        return t >= ExpiresAt
            ? TeamRuleErrors.InvitationExpired.With(ExpiresAt.ToString("u", System.Globalization.CultureInfo.InvariantCulture))
            : null;
    }

    public bool IsUsableAt(DateTime instantUtc) => CheckUsableAt(instantUtc) is null;

    public void Revoke(DateTime nowUtc) => RevokedAt ??= Instants.RequireUtc(nowUtc, nameof(nowUtc));
}
