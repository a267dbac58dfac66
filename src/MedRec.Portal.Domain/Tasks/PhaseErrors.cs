using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Domain.Tasks;

/// <summary>Why a task's or phase's settings are refused, worded once (translated by the pages under <c>Error.{Id}</c>).</summary>
public static class PhaseErrors
{
    public static readonly ErrorMessage CodeLength = new("phase.code-length", ErrorCodes.Validation, "The phase code must be 1–16 characters, e.g. \"A\".");
    public static readonly ErrorMessage InstantsNotUtc = new("phase.instants-not-utc", ErrorCodes.Validation, "Opening and closing instants must be given in UTC.");
    public static readonly ErrorMessage ClosesBeforeOpens = new("phase.closes-before-opens", ErrorCodes.Validation, "The phase must close after it opens (opens {0}, closes {1}).");
    public static readonly ErrorMessage UnknownZone = new("phase.unknown-zone", ErrorCodes.Validation, "\"{0}\" is not a known IANA time zone id; use e.g. \"{1}\" or \"UTC\".");
    public static readonly ErrorMessage DailyLimitTooSmall = new("phase.daily-limit", ErrorCodes.Validation, "The daily limit must be at least 1 (was {0}).");
    public static readonly ErrorMessage TotalLimitTooSmall = new("phase.total-limit", ErrorCodes.Validation, "The total limit must be at least 1 (was {0}).");
    public static readonly ErrorMessage RejectedCapNegative = new("phase.rejected-cap", ErrorCodes.Validation, "The daily cap on rejected files cannot be negative (was {0}).");
    public static readonly ErrorMessage RepresentativeUnknown = new("phase.representative", ErrorCodes.Validation, "Choose best, latest or selected submissions to represent a team.");
    public static readonly ErrorMessage SelectionLimitTooSmall = new("phase.selection-limit", ErrorCodes.Validation, "Teams must be allowed to select at least 1 submission (was {0}).");
    public static readonly ErrorMessage VisibilityUnknown = new("phase.visibility", ErrorCodes.Validation, "Choose public or hidden-until-released for the board.");
    public static readonly ErrorMessage CodeCapOnlyIcd = new("phase.code-cap-only-icd", ErrorCodes.Validation, "Only ICD coding phases can cap additional codes; leave it empty.");
    public static readonly ErrorMessage CodeCapTooSmall = new("phase.code-cap", ErrorCodes.Validation, "The cap on additional codes must be at least 1, or empty for no cap (was {0}).");
    public static readonly ErrorMessage DuplicateCode = new("phase.duplicate-code", ErrorCodes.Validation, "The task already has a phase \"{0}\"; choose another code.");
    public static readonly ErrorMessage Overlaps = new("phase.overlaps", ErrorCodes.Validation, "The window overlaps phase \"{0}\" ({1} – {2}); phases of a task must not overlap.");
    public static readonly ErrorMessage CodeTaken = new("phase.code-taken", ErrorCodes.Conflict, "The task already has a phase \"{0}\".");
    public static readonly ErrorMessage SlugFormat = new("task.slug-format", ErrorCodes.Validation, "The slug must be 1–40 characters of lower-case letters, digits and dashes, e.g. \"cdrugred\".");
    public static readonly ErrorMessage TitleRequired = new("task.title-required", ErrorCodes.Validation, "Give the task a title in at least one language (Chinese or English).");
    public static readonly ErrorMessage TitleTooLong = new("task.title-too-long", ErrorCodes.Validation, "A title may have at most 200 characters.");
    public static readonly ErrorMessage SlugTaken = new("task.slug-taken", ErrorCodes.Conflict, "A task with slug \"{0}\" already exists; choose another.");
    public static readonly ErrorMessage TaskNotFound = new("task.not-found", ErrorCodes.NotFound, "The task was not found.");
    public static readonly ErrorMessage TaskSlugNotFound = new("task.slug-not-found", ErrorCodes.NotFound, "Task \"{0}\" was not found.");
    public static readonly ErrorMessage PhaseNotFound = new("phase.not-found", ErrorCodes.NotFound, "The phase was not found.");
}
