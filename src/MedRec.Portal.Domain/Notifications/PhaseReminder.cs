namespace MedRec.Portal.Domain.Notifications;

/// <summary>
/// The record that a phase's "opening soon" or "closing soon" mail went out. Its key (phase, kind) is what makes the
/// reminder go out once: a second job run, on this instance or another, fails to insert it and sends nothing.
/// </summary>
public sealed class PhaseReminder
{
    private PhaseReminder()
    {
    }

    public PhaseReminder(Guid phaseId, NotificationKind kind, DateTime sentAtUtc)
    {
        if (kind is not (NotificationKind.PhaseOpeningSoon or NotificationKind.PhaseClosingSoon))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only phase opening and closing reminders are recorded.");
        }

        PhaseId = phaseId;
        Kind = kind;
        SentAt = Common.Instants.RequireUtc(sentAtUtc, nameof(sentAtUtc));
    }

    public Guid PhaseId { get; private set; }

    public NotificationKind Kind { get; private set; }

    public DateTime SentAt { get; private set; }
}
