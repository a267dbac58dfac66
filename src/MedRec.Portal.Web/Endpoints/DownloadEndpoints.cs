using System.Security.Claims;
using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Domain.Users;
using MedRec.Portal.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Web.Endpoints;

/// <summary>
/// File downloads. Inputs and the candidate list: organisers and approved teams of the task. Gold: organisers
/// only, on a separate route under <c>/api/organizer</c>, so no participant path ever reaches it.
/// </summary>
public static class DownloadEndpoints
{
    private const string JsonContentType = "application/json";

    /// <summary>Maps the download routes.</summary>
    public static IEndpointRouteBuilder MapDownloadEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/tasks/{slug}/phases/{phaseCode}/inputs", DownloadInputsAsync).RequireAuthorization();
        endpoints.MapGet("/api/tasks/{slug}/candidates", DownloadCandidatesAsync).RequireAuthorization();
        endpoints.MapGet("/api/organizer/tasks/{slug}/phases/{phaseCode}/gold", DownloadGoldAsync)
            .RequireAuthorization(policy => policy.RequireRole(PortalRoles.Organizer));
        return endpoints;
    }

    /// <summary>Registers what the download endpoints need.</summary>
    public static IServiceCollection AddDownloads(this IServiceCollection services) =>
        services.AddSingleton<DatasetAccessQuery>();

    private static async Task<IResult> DownloadInputsAsync(
        string slug, string phaseCode, ClaimsPrincipal user, DatasetAccessQuery access, CancellationToken cancellationToken)
    {
        if (user.ToActor() is not { } actor)
        {
            return Results.Unauthorized();
        }

        return await SendAsync(await access.PhaseInputsAsync(actor, slug, phaseCode, cancellationToken), access, cancellationToken);
    }

    private static async Task<IResult> DownloadCandidatesAsync(
        string slug, ClaimsPrincipal user, DatasetAccessQuery access, CancellationToken cancellationToken)
    {
        if (user.ToActor() is not { } actor)
        {
            return Results.Unauthorized();
        }

        return await SendAsync(await access.CandidateListAsync(actor, slug, cancellationToken), access, cancellationToken);
    }

    private static async Task<IResult> DownloadGoldAsync(
        string slug, string phaseCode, IPortalDbContextFactory contexts, IGoldDatasetStore gold, CancellationToken cancellationToken)
    {
        Guid? goldId;
        await using (var db = await contexts.CreateAsync(cancellationToken))
        {
            goldId = await db.Phases.AsNoTracking()
                .Where(p => p.Code == phaseCode && db.Tasks.Any(t => t.Id == p.TaskId && t.Slug == slug))
                .Select(p => p.GoldDatasetId)
                .FirstOrDefaultAsync(cancellationToken);
        }

        if (goldId is not { } id || await gold.FindAsync(id, cancellationToken) is not { } file
            || await gold.ReadContentAsync(id, cancellationToken) is not { } bytes)
        {
            return Results.NotFound();
        }

        return Results.File(bytes, JsonContentType, file.OriginalFileName);
    }

    private static async Task<IResult> SendAsync(DatasetAccess access, DatasetAccessQuery query, CancellationToken cancellationToken)
    {
        if (access.Dataset is not { } dataset)
        {
            return Results.StatusCode(access.Status);
        }

        var bytes = await query.ReadAsync(dataset.Id, cancellationToken);
        return Results.File(bytes, JsonContentType, dataset.OriginalFileName);
    }
}
