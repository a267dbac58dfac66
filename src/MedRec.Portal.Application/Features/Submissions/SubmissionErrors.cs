using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Application.Features.Submissions;

/// <summary>
/// Every refusal of the submission use cases, worded once (English here, translations in the web project's
/// resources under <c>Error.{Id}</c>).
/// </summary>
public static class SubmissionErrors
{
    public static readonly ErrorMessage PhaseNotOpenYet = new("submission.phase-not-open-yet", ErrorCodes.Conflict, "Phase \"{0}\" is not open yet: it accepts submissions from {1} until {2}.");
    public static readonly ErrorMessage PhaseClosed = new("submission.phase-closed", ErrorCodes.Conflict, "Phase \"{0}\" is closed: it accepted submissions from {1} until {2}.");
    public static readonly ErrorMessage NotInTeam = new("submission.not-in-team", ErrorCodes.Forbidden, "You are not in a team for this task. Create or join a team and register it; submissions come from teams.");
    public static readonly ErrorMessage TeamNotRegistered = new("submission.team-not-registered", ErrorCodes.Forbidden, "Team \"{0}\" is not registered for this task. The team leader registers it (accepting the data-use terms); once an organiser approves, you can submit.");
    public static readonly ErrorMessage RegistrationPending = new("submission.registration-pending", ErrorCodes.Forbidden, "Team \"{0}\"'s registration is waiting for an organiser's approval; you can submit once it is approved.");
    public static readonly ErrorMessage RegistrationRejected = new("submission.registration-rejected", ErrorCodes.Forbidden, "Team \"{0}\"'s registration was rejected ({1}); fix that and register again before submitting.");
    public static readonly ErrorMessage DeclaredTooLarge = new("submission.declared-too-large", ErrorCodes.Validation, "The file has {0} bytes; at most {1} are accepted. Remove indentation or extra fields to make it smaller.");
    public static readonly ErrorMessage ReadTooLarge = new("submission.too-large", ErrorCodes.Validation, "The file is larger than {0}, the most accepted. Remove indentation or extra fields to make it smaller.");
    public static readonly ErrorMessage EmptyFile = new("submission.empty", ErrorCodes.Validation, "The file is empty. Upload the JSON array of your predictions.");
    public static readonly ErrorMessage NotJson = new("submission.not-json", ErrorCodes.Validation, "The file is {0}, not a JSON file. Upload the uncompressed .json prediction file itself (a JSON array, UTF-8).");
    public static readonly ErrorMessage FileNameTooLong = new("submission.file-name-too-long", ErrorCodes.Validation, "The file name may have at most {0} characters.");
    public static readonly ErrorMessage TotalUsed = new("submission.total-used", ErrorCodes.Conflict, "Your team has used all {0} submissions allowed in phase \"{1}\".");
    public static readonly ErrorMessage DailyUsed = new("submission.daily-used", ErrorCodes.Conflict, "Daily limit reached: your team has used all {0} submissions of {1} ({2} calendar day). The quota resets at {3}.");
    public static readonly ErrorMessage RejectedCapReached = new("submission.rejected-cap", ErrorCodes.Conflict, "The file was not accepted ({0}), and your team has reached today's cap of {1} rejected files, so it was not stored. Check the file with the validator before uploading again; the cap resets at {2}.");
    public static readonly ErrorMessage NotYours = new("submission.not-yours", ErrorCodes.Forbidden, "This submission belongs to another team; you can only see your own team's submissions.");
    public static readonly ErrorMessage QuotaOfOtherTeam = new("submission.quota-of-other-team", ErrorCodes.Forbidden, "You can only see your own team's quota.");
    public static readonly ErrorMessage LedgerOfOtherTeam = new("submission.ledger-of-other-team", ErrorCodes.Forbidden, "You can only see your own team's quota history.");
    public static readonly ErrorMessage NoTeamNoSubmissions = new("submission.no-team-no-submissions", ErrorCodes.Forbidden, "You are not in a team for this task, so you have no submissions to see.");
    public static readonly ErrorMessage SelectOnlyMembers = new("submission.select-only-members", ErrorCodes.Forbidden, "Only members of the submitting team can select its submissions.");
    public static readonly ErrorMessage NothingToSelect = new("submission.nothing-to-select", ErrorCodes.Conflict, "Phase \"{0}\" ranks each team by its {1} submission; there is nothing to select.");
    public static readonly ErrorMessage SelectionClosed = new("submission.selection-closed", ErrorCodes.Conflict, "Selections can be changed only while phase \"{0}\" is open (until {1}).");
    public static readonly ErrorMessage SelectionLimit = new("submission.selection-limit", ErrorCodes.Conflict, "Your team has already selected {0} of the {1} submission(s) allowed; unselect one first.");
    public static readonly ErrorMessage GrantAttemptsRange = new("submission.grant-attempts-range", ErrorCodes.Validation, "Grant between 1 and {0} attempts (was {1}).");
    public static readonly ErrorMessage GrantReasonRequired = new("submission.grant-reason-required", ErrorCodes.Validation, "Say why the attempts are granted (1–{0} characters); the team sees it in its quota history.");
    public static readonly ErrorMessage NothingToPublish = new("submission.nothing-to-publish", ErrorCodes.Conflict, "There is no computed re-score to publish; compute one first.");
    public static readonly ErrorMessage CannotScoreNow = new("submission.cannot-score-now", ErrorCodes.Conflict, "The submission cannot be scored now: {0}");
    public static readonly ErrorMessage NoInputs = new("submission.no-inputs", ErrorCodes.Conflict, "Phase \"{0}\" has no input records yet, so submissions cannot be checked. Please tell the organisers.");
    public static readonly ErrorMessage InputsUnreadable = new("submission.inputs-unreadable", ErrorCodes.Conflict, "Phase \"{0}\"'s input file cannot be read, so submissions cannot be checked. Please tell the organisers.");
    public static readonly ErrorMessage NoCandidates = new("submission.no-candidates", ErrorCodes.Conflict, "The task has no candidate drug list yet, so submissions cannot be checked. Please tell the organisers.");
    public static readonly ErrorMessage CandidatesUnreadable = new("submission.candidates-unreadable", ErrorCodes.Conflict, "The task's candidate drug list cannot be read, so submissions cannot be checked. Please tell the organisers.");
    public static readonly ErrorMessage PhaseNotFound = new("submission.phase-not-found", ErrorCodes.NotFound, "The phase was not found.");
    public static readonly ErrorMessage TeamForTaskNotFound = new("submission.team-not-found", ErrorCodes.NotFound, "Your team for this task was not found.");
    public static readonly ErrorMessage SubmissionNotFound = new("submission.not-found", ErrorCodes.NotFound, "The submission was not found.");
    public static readonly ErrorMessage FileNotFound = new("submission.file-not-found", ErrorCodes.NotFound, "The submission's file was not found.");
    public static readonly ErrorMessage RescoreTargetNotFound = new("submission.rescore-target-not-found", ErrorCodes.NotFound, "A scored or failed submission with that id in this phase was not found.");
    public static readonly ErrorMessage GrantTeamNotFound = new("submission.grant-team-not-found", ErrorCodes.NotFound, "The team (in this phase's task) was not found.");
}
