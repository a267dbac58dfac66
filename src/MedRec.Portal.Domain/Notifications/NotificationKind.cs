namespace MedRec.Portal.Domain.Notifications;

/// <summary>What an e-mail notification is about; each user may opt out of each kind (<see cref="NotificationOptOut"/>).</summary>
public enum NotificationKind
{
    /// <summary>An organiser's announcement of a task the user's team is registered for.</summary>
    Announcement,

    /// <summary>The user's team's registration was approved or denied.</summary>
    RegistrationDecided,

    /// <summary>A submission of the user's could not be scored.</summary>
    SubmissionFailed,

    /// <summary>A board of a task the user takes part in was frozen or released.</summary>
    BoardStatusChanged,

    /// <summary>A phase of such a task opens soon.</summary>
    PhaseOpeningSoon,

    /// <summary>A phase of such a task closes soon.</summary>
    PhaseClosingSoon,

    /// <summary>Someone invited the user (by e-mail address) to join a team.</summary>
    TeamInvitation,
}
