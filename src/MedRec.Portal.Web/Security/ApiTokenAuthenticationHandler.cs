using System.Security.Claims;
using System.Text.Encodings.Web;
using MedRec.Portal.Application.Features.ApiTokens;
using MedRec.Portal.Application.Features.ApiTokens.AuthenticateApiToken;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Users;
using MedRec.Portal.Web.Endpoints.Api;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace MedRec.Portal.Web.Security;

/// <summary>
/// Authenticates <c>Authorization: Bearer mrp_…</c> with a personal API token (through the
/// <see cref="AuthenticateApiTokenQuery"/> use case), as its owner with the owner's roles. No header: no result
/// (the endpoint decides whether anonymous callers may proceed). A refused token answers 401 with a problem
/// document saying exactly why (malformed, unknown, revoked, expired, locked account).
/// </summary>
internal sealed class ApiTokenAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IMediator mediator)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string MissingCode = "token.missing";

    private static readonly Error Missing = new(
        MissingCode,
        "This endpoint needs a personal API token: send the header \"Authorization: Bearer mrp_…\". Create a token on your profile page (/profile).");

    /// <summary>The secret in an Authorization header, or null when the header is absent.</summary>
    public static string? BearerSecret(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? header = request.Headers.Authorization;
        if (string.IsNullOrEmpty(header))
        {
            return null;
        }

        return header.StartsWith(ApiTokenDefaults.BearerPrefix, StringComparison.OrdinalIgnoreCase)
            ? header[ApiTokenDefaults.BearerPrefix.Length..].Trim()
            : header;
    }

    /// <summary>The 401 answer for a missing or refused token.</summary>
    public static IResult Unauthorized(HttpResponse response, Error? error)
    {
        ArgumentNullException.ThrowIfNull(response);
        var reason = error ?? Missing;

        // RFC 6750: say which scheme to use and, for a presented token, that it is invalid.
        response.Headers.WWWAuthenticate = error is null
            ? "Bearer realm=\"MedRec.Portal\""
            : "Bearer realm=\"MedRec.Portal\", error=\"invalid_token\"";
        return ApiProblems.Create(StatusCodes.Status401Unauthorized, reason.Code, reason.Message);
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (BearerSecret(Request) is not { } secret)
        {
            return AuthenticateResult.NoResult();
        }

        var result = await mediator.Send(new AuthenticateApiTokenQuery(secret), Context.RequestAborted);
        if (result.IsFailure)
        {
            return AuthenticateResult.Fail(new ApiTokenRefusedException(result.Errors[0]));
        }

        var owner = result.Value;
        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, owner.UserId.ToString()),
            new(ClaimTypes.Name, owner.DisplayName),
            new(ApiTokenDefaults.TokenIdClaim, owner.TokenId.ToString()),
            new(ClaimTypes.Role, PortalRoles.Participant),
        ];
        if (owner.IsOrganizer)
        {
            claims.Add(new Claim(ClaimTypes.Role, PortalRoles.Organizer));
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var outcome = await HandleAuthenticateOnceSafeAsync();
        var error = outcome.Failure is ApiTokenRefusedException refused ? refused.Error : null;
        await Unauthorized(Response, error).ExecuteAsync(Context);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblems.Create(StatusCodes.Status403Forbidden, ErrorCodes.Forbidden, "Your API token is valid but does not allow this request.").ExecuteAsync(Context);
}

/// <summary>Carries the use case's reason for refusing a token from authentication to the challenge.</summary>
internal sealed class ApiTokenRefusedException(Error error) : Exception(error.Message)
{
    public Error Error { get; } = error;
}
