namespace MedRec.Portal.Application.Features.Notifications;

/// <summary>The <c>Notifications</c> settings: when phase reminders go out.</summary>
public sealed class NotificationOptions
{
    public const string SectionName = "Notifications";

    /// <summary>How long before a phase opens (or closes) its reminder goes out.</summary>
    public TimeSpan PhaseReminderLead { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often the reminder job looks for phases that are due.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);
}
