namespace MedRec.Portal.Domain.Notifications;

/// <summary>A user's choice not to receive one <see cref="NotificationKind"/> by e-mail (absence means: send it).</summary>
public sealed class NotificationOptOut
{
    private NotificationOptOut()
    {
    }

    public NotificationOptOut(Guid userId, NotificationKind kind, DateTime createdAtUtc)
    {
        UserId = userId;
        Kind = kind;
        CreatedAt = Common.Instants.RequireUtc(createdAtUtc, nameof(createdAtUtc));
    }

    public Guid UserId { get; private set; }

    public NotificationKind Kind { get; private set; }

    public DateTime CreatedAt { get; private set; }
}
