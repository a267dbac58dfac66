using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Domain.Terms;

/// <summary>Why a terms step is refused (translated by the pages under <c>Error.{Id}</c>).</summary>
public static class TermsErrors
{
    public static readonly ErrorMessage TextRequired = new("terms.text-required", ErrorCodes.Validation, "Write the terms in at least one language.");
    public static readonly ErrorMessage TextTooLong = new("terms.text-too-long", ErrorCodes.Validation, "The terms may have at most {0} characters per language.");
    public static readonly ErrorMessage NonePublished = new("terms.none-published", ErrorCodes.Conflict, "The organisers have not published this task's data-use terms yet; registration, downloads and submissions open once they have.");
    public static readonly ErrorMessage VersionChanged = new("terms.version-changed", ErrorCodes.Conflict, "The terms were revised (version {0} is now in force) while you were reading: read the new version and accept it.");
    public static readonly ErrorMessage NotAccepted = new("terms.not-accepted", ErrorCodes.Forbidden, "Accept the task's data-use terms (version {0}) on the task's Data tab before downloading or submitting.");
    public static readonly ErrorMessage NewVersion = new("terms.new-version", ErrorCodes.Forbidden, "The data-use terms changed: you accepted version {0}, version {1} is now in force. Read and accept it on the task's Data tab before downloading or submitting.");
    public static readonly ErrorMessage TaskNotFound = new("terms.task-not-found", ErrorCodes.NotFound, "The task was not found.");
}
