using System.Globalization;
using System.Security.Claims;
using MedRec.Portal.Application.Features.Analysis.ExportAnalysis;
using MedRec.Portal.Application.Features.Bundles.ExportBundle;
using MedRec.Portal.Application.Features.Exports;
using MedRec.Portal.Application.Features.Exports.ExportResults;
using MedRec.Portal.Domain.Users;
using MedRec.Portal.Infrastructure.Identity;
using Mediator;

namespace MedRec.Portal.Web.Endpoints;

/// <summary>
/// The organisers' results export (Excel workbook or .zip of CSVs). Under <c>/api/organizer</c> and requiring the
/// Organizer role, and the use case checks the role again, so participants never reach it.
/// </summary>
public static class ExportEndpoints
{
    /// <summary>The format names the route accepts.</summary>
    public const string FormatXlsx = "xlsx";

    public const string FormatCsv = "csv";

    /// <summary>The URL of a task's export in <paramref name="format"/> (<c>xlsx</c> or <c>csv</c>).</summary>
    public static string ExportUrl(Guid taskId, string format) => $"api/organizer/tasks/{taskId}/export?format={format}";

    /// <summary>The URL of a phase's Analysis workbook (Excel) for analysis <paramref name="analysisId"/>.</summary>
    public static string AnalysisExportUrl(Guid phaseId, Guid analysisId) => $"api/organizer/phases/{phaseId}/analyses/{analysisId}/export";

    /// <summary>The URL of a task's competition bundle (.zip; gold only when asked, and audited).</summary>
    public static string BundleUrl(string slug, bool includeGold) => $"api/organizer/tasks/{Uri.EscapeDataString(slug)}/bundle.zip{(includeGold ? "?gold=true" : "")}";

    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/organizer/tasks/{taskId:guid}/export", ExportAsync)
            .RequireAuthorization(policy => policy.RequireRole(PortalRoles.Organizer));
        endpoints.MapGet("/api/organizer/phases/{phaseId:guid}/analyses/{analysisId:guid}/export", ExportAnalysisAsync)
            .RequireAuthorization(policy => policy.RequireRole(PortalRoles.Organizer));
        endpoints.MapGet("/api/organizer/tasks/{slug}/bundle.zip", ExportBundleAsync)
            .RequireAuthorization(policy => policy.RequireRole(PortalRoles.Organizer));
        return endpoints;
    }

    private static async Task<IResult> ExportBundleAsync(string slug, bool? gold, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken)
    {
        if (user.ToActor() is not { } actor)
        {
            return Results.Unauthorized();
        }

        var result = await mediator.Send(new ExportBundleCommand(actor, slug, gold == true), cancellationToken);
        return result.IsFailure
            ? ResultHttp.Failure(result)
            : Results.File(BundleArchive.ToZip(result.Value), "application/zip", $"{slug}-bundle{(gold == true ? "-with-gold" : "")}.zip");
    }

    private static async Task<IResult> ExportAsync(Guid taskId, string? format, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken)
    {
        if (user.ToActor() is not { } actor)
        {
            return Results.Unauthorized();
        }

        ExportFormat? chosen = (format ?? FormatXlsx).Trim().ToLowerInvariant() switch
        {
            FormatXlsx => ExportFormat.Xlsx,
            FormatCsv => ExportFormat.CsvZip,
            _ => null,
        };
        if (chosen is null)
        {
            return Results.Problem(
                detail: $"Unknown export format \"{format}\" in the query string: use format={FormatXlsx} (Excel workbook) or format={FormatCsv} (.zip of CSV files).",
                statusCode: StatusCodes.Status400BadRequest);
        }

        // Headers follow the language the organiser reads the portal in (the localisation middleware set it).
        var result = await mediator.Send(new ExportResultsCommand(actor, taskId, chosen.Value, CultureInfo.CurrentUICulture.Name), cancellationToken);
        if (result.IsFailure)
        {
            return ResultHttp.Failure(result);
        }

        var file = result.Value;
        return Results.File(file.Content, file.ContentType, file.FileName);
    }

    private static async Task<IResult> ExportAnalysisAsync(Guid phaseId, Guid analysisId, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken)
    {
        if (user.ToActor() is not { } actor)
        {
            return Results.Unauthorized();
        }

        var result = await mediator.Send(new ExportAnalysisCommand(actor, phaseId, analysisId, ExportFormat.Xlsx, CultureInfo.CurrentUICulture.Name), cancellationToken);
        return result.IsFailure ? ResultHttp.Failure(result) : Results.File(result.Value.Content, result.Value.ContentType, result.Value.FileName);
    }
}
