using System.Globalization;
using System.Threading.RateLimiting;
using MedRec.Portal.Domain.ApiTokens;
using MedRec.Portal.Web.Endpoints.Api;
using MedRec.Portal.Web.Security;
using Microsoft.AspNetCore.RateLimiting;

namespace MedRec.Portal.Web.Hosting;

/// <summary>
/// Fixed-window limits on <c>/api/v1</c>, chained: per client address, then per presented token. The token
/// partition is the secret's hash, so limiting needs no database lookup and runs before authentication: a
/// flood is refused before it costs a token query. Pages, downloads and the hub are not limited here.
/// </summary>
internal static class ApiRateLimiting
{
    public static IServiceCollection AddPortalApiRateLimits(this IServiceCollection services, ApiRateLimitOptions limits)
    {
        var window = TimeSpan.FromSeconds(limits.WindowSeconds);
        services.AddRateLimiter(options =>
        {
            var perAddress = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                !IsApi(http)
                    ? RateLimitPartition.GetNoLimiter("")
                    : RateLimitPartition.Get("ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown"), _ => Window(limits.PerAddressPermits, window)));
            var perToken = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                !IsApi(http) || ApiTokenAuthenticationHandler.BearerSecret(http.Request) is not { } secret
                    ? RateLimitPartition.GetNoLimiter("")
                    : RateLimitPartition.Get("token:" + ApiToken.HashSecret(secret), _ => Window(limits.PerTokenPermits, window)));
            var loginWindow = TimeSpan.FromSeconds(limits.LoginWindowSeconds);
            var logins = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                !IsLoginPost(http)
                    ? RateLimitPartition.GetNoLimiter("")
                    : RateLimitPartition.Get("login:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown"), _ => Window(limits.LoginAttemptsPerAddress, loginWindow)));
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(perAddress, perToken, logins);
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) => RejectAsync(context, limits);
        });
        return services;
    }

    // The forms that send mail share the sign-in budget: nobody can flood an address with reset or confirmation mails.
    private static readonly string[] ThrottledForms = ["/Account/Login", "/Account/ForgotPassword", "/Account/ResendEmailConfirmation"];

    private static bool IsLoginPost(HttpContext http) =>
        HttpMethods.IsPost(http.Request.Method) && ThrottledForms.Any(path => http.Request.Path.Equals(path, StringComparison.OrdinalIgnoreCase));

    private static bool IsApi(HttpContext http) => http.Request.Path.StartsWithSegments(ApiEndpoints.Prefix, StringComparison.OrdinalIgnoreCase);

    // Each partition's window starts at its first request, so Retry-After says when that window really resets.
    private static RateLimiter Window(int permits, TimeSpan window) => new ClockedWindowLimiter(permits, window, TimeProvider.System);

    private static async ValueTask RejectAsync(OnRejectedContext context, ApiRateLimitOptions limits)
    {
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : limits.WindowSeconds;
        context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (IsLoginPost(context.HttpContext))
        {
            // A person at the sign-in form: a sentence in their language, not a problem document.
            var localizer = context.HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Localization.SharedResource>>();
            context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
            await context.HttpContext.Response.WriteAsync(localizer["Account.TooManyAttempts", seconds]);
            return;
        }

        await ApiProblems.Create(
            StatusCodes.Status429TooManyRequests,
            "rate_limited",
            $"Too many API requests: at most {limits.PerTokenPermits} per token and {limits.PerAddressPermits} per address every {limits.WindowSeconds} s. Try again in {seconds} s (see Retry-After).",
            extensions: new Dictionary<string, object?> { ["retryAfterSeconds"] = seconds })
            .ExecuteAsync(context.HttpContext);
    }
}
