using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Domain.ApiTokens;

/// <summary>Why an API token is refused, worded once (translated by the pages under <c>Error.{Id}</c>).</summary>
public static class ApiTokenRuleErrors
{
    public static readonly ErrorMessage NameRequired = new("apitoken.name-required", ErrorCodes.Validation, "Give the token a name, e.g. the machine or script that will use it.");
    public static readonly ErrorMessage NameTooLong = new("apitoken.name-too-long", ErrorCodes.Validation, "The token name may have at most {0} characters (it has {1}).");
    public static readonly ErrorMessage ExpiryInPast = new("apitoken.expiry-in-past", ErrorCodes.Validation, "The expiry ({0}) must be in the future.");
    public static readonly ErrorMessage LifetimeTooLong = new("apitoken.lifetime-too-long", ErrorCodes.Validation, "A token may be valid for at most {0} days; choose an earlier expiry or none.");
    public static readonly ErrorMessage Revoked = new("apitoken.revoked", ErrorCodes.Forbidden, "This API token (\"{0}\", {1}…) was revoked at {2}. Create a new token on your profile page.");
    public static readonly ErrorMessage Expired = new("apitoken.expired", ErrorCodes.Forbidden, "This API token (\"{0}\", {1}…) expired at {2}. Create a new token on your profile page.");
}
