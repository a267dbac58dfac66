using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Domain.Registrations;

/// <summary>Why a registration step is refused, worded once (translated by the pages under <c>Error.{Id}</c>).</summary>
public static class RegistrationErrors
{
    public static readonly ErrorMessage TermsRequired = new("registration.terms-required", ErrorCodes.Validation, "Accept the data-use terms to register: the task data is licensed for this evaluation only.");
    public static readonly ErrorMessage OnlyLeaderRegisters = new("registration.only-leader", ErrorCodes.Forbidden, "Only the team leader can register the team.");
    public static readonly ErrorMessage AlreadyApproved = new("registration.already-approved", ErrorCodes.Conflict, "The team is already registered and approved.");
    public static readonly ErrorMessage AlreadyPending = new("registration.already-pending", ErrorCodes.Conflict, "The team's registration is already waiting for an organiser's decision.");
    public static readonly ErrorMessage RegisteredConcurrently = new("registration.concurrent", ErrorCodes.Conflict, "The team was registered by another request at the same time.");
    public static readonly ErrorMessage ReasonRequired = new("registration.reason-required", ErrorCodes.Validation, "Say why the registration is rejected; the team sees the reason.");
    public static readonly ErrorMessage ReasonTooLong = new("registration.reason-too-long", ErrorCodes.Validation, "The reason may have at most {0} characters.");
    public static readonly ErrorMessage RegistrationNotFound = new("registration.not-found", ErrorCodes.NotFound, "The registration was not found.");
    public static readonly ErrorMessage TeamNotFound = new("registration.team-not-found", ErrorCodes.NotFound, "The team was not found.");
    public static readonly ErrorMessage OnlyRejectedResubmits = new("registration.only-rejected-resubmits", ErrorCodes.Conflict, "Only a rejected registration can be submitted again.");
}
