using MedRec.Portal.Application.Features.Teams;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Registrations;
using MedRec.Portal.Domain.Tasks;

namespace MedRec.Portal.Application.Features.Submissions;

/// <summary>Why a team cannot submit to a phase at all right now (before its file or its quota is looked at).</summary>
public enum SubmitBlocker
{
    /// <summary>The phase's window has not opened yet.</summary>
    PhaseNotOpenYet,

    /// <summary>The phase's window has closed.</summary>
    PhaseClosed,

    /// <summary>The user has no team for the task.</summary>
    NotInTeam,

    /// <summary>The team has not registered for the task.</summary>
    TeamNotRegistered,

    /// <summary>The team's registration waits for an organiser.</summary>
    RegistrationPending,

    /// <summary>The team's registration was rejected.</summary>
    RegistrationRejected,
}

/// <summary>
/// The window and approval rules a submission passes before its file is read: written once, so the Submit
/// handler's refusal and the quota the Submit tab shows (and any page that asks) always agree.
/// </summary>
public static class SubmissionGate
{
    /// <summary>What keeps <paramref name="membership"/>'s team from submitting to <paramref name="phase"/> at <paramref name="nowUtc"/>, or null when nothing does.</summary>
    public static SubmitBlocker? Check(Phase phase, TeamMembership? membership, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(phase);
        return phase.StatusAt(nowUtc) switch
        {
            PhaseStatus.Upcoming => SubmitBlocker.PhaseNotOpenYet,
            PhaseStatus.Closed => SubmitBlocker.PhaseClosed,
            _ => membership switch
            {
                null => SubmitBlocker.NotInTeam,
                { RegistrationStatus: null } => SubmitBlocker.TeamNotRegistered,
                { RegistrationStatus: RegistrationStatus.Pending } => SubmitBlocker.RegistrationPending,
                { RegistrationStatus: RegistrationStatus.Rejected } => SubmitBlocker.RegistrationRejected,
                _ => null,
            },
        };
    }

    /// <summary>The refusal the use cases return for <paramref name="blocker"/>.</summary>
    public static Error ToError(SubmitBlocker blocker, Phase phase, TeamMembership? membership)
    {
        ArgumentNullException.ThrowIfNull(phase);
        var team = membership?.TeamName ?? "";
        return blocker switch
        {
            SubmitBlocker.PhaseNotOpenYet => SubmissionErrors.PhaseNotOpenYet.ForField("Phase", phase.Code, Opens(phase), Closes(phase)),
            SubmitBlocker.PhaseClosed => SubmissionErrors.PhaseClosed.ForField("Phase", phase.Code, Opens(phase), Closes(phase)),
            SubmitBlocker.NotInTeam => SubmissionErrors.NotInTeam.With(),
            SubmitBlocker.TeamNotRegistered => SubmissionErrors.TeamNotRegistered.With(team),
            SubmitBlocker.RegistrationPending => SubmissionErrors.RegistrationPending.With(team),
            _ => SubmissionErrors.RegistrationRejected.With(team, membership?.RejectionReason),
        };
    }

    private static string Opens(Phase phase) => PhaseTime.Describe(phase.OpensAt, phase.QuotaTimeZoneId);

    private static string Closes(Phase phase) => PhaseTime.Describe(phase.ClosesAt, phase.QuotaTimeZoneId);
}
