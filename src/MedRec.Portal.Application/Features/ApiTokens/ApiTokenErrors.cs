using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Application.Features.ApiTokens;

/// <summary>
/// Why a presented token does not authenticate. Codes are stable (API clients test them); messages say what to do.
/// </summary>
public static class ApiTokenErrors
{
    public const string MalformedCode = "token.malformed";
    public const string UnknownCode = "token.unknown";
    public const string RevokedCode = "token.revoked";
    public const string ExpiredCode = "token.expired";
    public const string AccountDisabledCode = "token.account_disabled";

    /// <summary>Tokens one account may hold at once (active ones), so a runaway script cannot mint thousands.</summary>
    public const int MaxActivePerUser = 20;

    public static Error Malformed { get; } = new(
        MalformedCode,
        "The bearer token is not a MedRec.Portal API token (they start with \"mrp_\" and have 44 characters). Copy the whole token from your profile page.");

    public static Error Unknown { get; } = new(
        UnknownCode,
        "The API token is not known to this portal (mistyped, or from another portal). Create a token on your profile page.");

    public static Error AccountDisabled { get; } = new(
        AccountDisabledCode,
        "The account that owns this API token was disabled by an organiser; ask them to enable it.");

    public static readonly ErrorMessage TooManyMessage = new("apitoken.too-many", ErrorCodes.Conflict, "You already have {0} active API tokens; revoke one you no longer use before creating another.");
    public static readonly ErrorMessage NotFoundMessage = new("apitoken.not-found", ErrorCodes.NotFound, "The API token was not found.");

    public static Error TooMany { get; } = TooManyMessage.With(MaxActivePerUser);

    public static Error NotFound { get; } = NotFoundMessage.With();
}
