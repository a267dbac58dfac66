using MedRec.Portal.Web.Endpoints.Api;
using MedRec.Portal.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;

namespace MedRec.Portal.Web.Hosting;

/// <summary>What the REST API needs: the API token scheme and policy, rate limits, and the OpenAPI document.</summary>
public static class PortalApiExtensions
{
    public const string OpenApiRoute = "/openapi/{documentName}.json";

    /// <summary>Registers the API's services; call after <see cref="PortalIdentityExtensions.AddPortalAuthentication"/>.</summary>
    public static IServiceCollection AddPortalApi(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var limits = configuration.GetSection(ApiRateLimitOptions.SectionName).Get<ApiRateLimitOptions>() ?? new ApiRateLimitOptions();
        limits.Validate();

        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenDefaults.Scheme, displayName: "API token", configureOptions: null);
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiTokenDefaults.Policy, new AuthorizationPolicyBuilder(ApiTokenDefaults.Scheme).RequireAuthenticatedUser().Build());
        services.AddPortalApiRateLimits(limits);
        services.AddOpenApi("v1", options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1/", StringComparison.OrdinalIgnoreCase) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "MedRec.Portal API",
                    Version = "v1",
                    Description = "Scripted submission, status, quota and leaderboards. Authenticate with a personal API token from your profile page: Authorization: Bearer mrp_…. Errors are RFC 7807 problem documents with a stable code.",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[ApiTokenDefaults.Scheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    Description = "A personal API token (mrp_…), created on the profile page.",
                };
                document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiTokenDefaults.Scheme, document)] = [] }];
                return Task.CompletedTask;
            });
        });
        return services;
    }
}
