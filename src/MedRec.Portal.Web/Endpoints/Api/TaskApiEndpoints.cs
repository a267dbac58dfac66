using MedRec.Portal.Application.Features.Datasets.DownloadDataset;
using MedRec.Portal.Application.Features.Tasks.GetTaskDetail;
using MedRec.Portal.Application.Features.Tasks.ListTasks;
using MedRec.Portal.Web.Endpoints.Api.Contracts;
using Mediator;

namespace MedRec.Portal.Web.Endpoints.Api;

/// <summary>Tasks and their phases, so a script can find the phase id to submit to. Anonymous callers see published tasks.</summary>
internal static class TaskApiEndpoints
{
    public static RouteGroupBuilder MapTaskApi(this RouteGroupBuilder api)
    {
        api.MapGet("/tasks", ListAsync)
            .AllowAnonymous()
            .WithName("ListTasks")
            .WithSummary("Published tasks with their phases (organisers' tokens: every task).")
            .Produces<IReadOnlyList<ApiTask>>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        api.MapGet("/tasks/{slug}", GetAsync)
            .AllowAnonymous()
            .WithName("GetTask")
            .WithSummary("One task by its slug, with its phases.")
            .Produces<ApiTask>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/datasets/{datasetId:guid}", DownloadAsync)
            .WithName("DownloadDataset")
            .WithSummary("A phase's inputs or the task's candidate list (the inputsUrl of a phase): approved teams' members who accepted the data-use terms, once the phase opens.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    // The same use case as the page's download link, reached with a token: a script fetches what it will predict.
    private static async Task<IResult> DownloadAsync(Guid datasetId, HttpContext http, IMediator mediator, CancellationToken cancellationToken)
    {
        var download = await mediator.Send(new DownloadDatasetQuery(ApiCaller.Required(http), datasetId), cancellationToken);
        return download.IsFailure
            ? ApiProblems.FromErrors(download.Errors)
            : TypedResults.File(download.Value.Content, "application/json", download.Value.FileName);
    }

    private static async Task<IResult> ListAsync(HttpContext http, IMediator mediator, CancellationToken cancellationToken)
    {
        var (actor, refusal) = await ApiCaller.OptionalAsync(http);
        if (refusal is not null)
        {
            return refusal;
        }

        // A portal runs a handful of tasks: one detail query each keeps the phase rules in one use case.
        var tasks = new List<ApiTask>();
        foreach (var item in await mediator.Send(new ListTasksQuery(actor), cancellationToken))
        {
            var detail = await mediator.Send(new GetTaskDetailQuery(actor, item.Slug), cancellationToken);
            if (detail.IsSuccess)
            {
                tasks.Add(ApiTask.From(detail.Value));
            }
        }

        return TypedResults.Ok(tasks);
    }

    private static async Task<IResult> GetAsync(string slug, HttpContext http, IMediator mediator, CancellationToken cancellationToken)
    {
        var (actor, refusal) = await ApiCaller.OptionalAsync(http);
        if (refusal is not null)
        {
            return refusal;
        }

        var detail = await mediator.Send(new GetTaskDetailQuery(actor, slug), cancellationToken);
        return detail.IsFailure ? ApiProblems.FromResult(detail) : TypedResults.Ok(ApiTask.From(detail.Value));
    }
}
