using System.Security.Claims;
using MedRec.Portal.Application.Features.Datasets;
using MedRec.Portal.Application.Features.Datasets.DownloadDataset;
using MedRec.Portal.Application.Features.Datasets.DownloadGold;
using MedRec.Portal.Application.Features.Submissions.DownloadSubmission;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Users;
using MedRec.Portal.Infrastructure.Identity;
using Mediator;

namespace MedRec.Portal.Web.Endpoints;

/// <summary>
/// File downloads. Inputs and the candidate list: organisers and approved teams of the task (the use case
/// decides). Gold: organisers only, on its own route under <c>/api/organizer</c> that also requires the role,
/// so no participant path ever reaches it. A submission's own file: its team's members and organisers.
/// </summary>
public static class DownloadEndpoints
{
    /// <summary>The URL of a non-secret dataset (a phase's inputs or a task's candidate list).</summary>
    public static string DatasetUrl(Guid datasetId) => $"api/datasets/{datasetId}";

    /// <summary>The URL of a phase's gold file (organisers only).</summary>
    public static string GoldUrl(Guid phaseId) => $"api/organizer/phases/{phaseId}/gold";

    /// <summary>The URL of a submission's uploaded file (its team and organisers).</summary>
    public static string SubmissionUrl(Guid submissionId) => $"api/submissions/{submissionId}/file";

    /// <summary>Maps the download routes.</summary>
    public static IEndpointRouteBuilder MapDownloadEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/datasets/{datasetId:guid}", DownloadDatasetAsync).RequireAuthorization();
        endpoints.MapGet("/api/submissions/{submissionId:guid}/file", DownloadSubmissionAsync).RequireAuthorization();
        endpoints.MapGet("/api/organizer/phases/{phaseId:guid}/gold", DownloadGoldAsync)
            .RequireAuthorization(policy => policy.RequireRole(PortalRoles.Organizer));
        return endpoints;
    }

    private static async Task<IResult> DownloadDatasetAsync(
        Guid datasetId, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken)
    {
        if (user.ToActor() is not { } actor)
        {
            return Results.Unauthorized();
        }

        return Send(await mediator.Send(new DownloadDatasetQuery(actor, datasetId), cancellationToken));
    }

    private static async Task<IResult> DownloadGoldAsync(
        Guid phaseId, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken)
    {
        if (user.ToActor() is not { } actor)
        {
            return Results.Unauthorized();
        }

        return Send(await mediator.Send(new DownloadGoldQuery(actor, phaseId), cancellationToken));
    }

    private static async Task<IResult> DownloadSubmissionAsync(
        Guid submissionId, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken)
    {
        if (user.ToActor() is not { } actor)
        {
            return Results.Unauthorized();
        }

        return Send(await mediator.Send(new DownloadSubmissionQuery(actor, submissionId), cancellationToken));
    }

    private static IResult Send(Result<DatasetDownload> result)
    {
        if (result.IsFailure)
        {
            return ResultHttp.Failure(result);
        }

        var file = result.Value;
        return Results.File(file.Content, "application/json", file.FileName);
    }
}
