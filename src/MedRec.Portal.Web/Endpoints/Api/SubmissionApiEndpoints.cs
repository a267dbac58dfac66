using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Features.Leaderboards.GetBoardStatus;
using MedRec.Portal.Application.Features.Submissions;
using MedRec.Portal.Application.Features.Submissions.GetQuotaStatus;
using MedRec.Portal.Application.Features.Submissions.GetSubmission;
using MedRec.Portal.Application.Features.Submissions.ListSubmissions;
using MedRec.Portal.Application.Features.Submissions.SubmitPrediction;
using MedRec.Portal.Domain.Submissions;
using MedRec.Portal.Web.Endpoints.Api.Contracts;
using Mediator;
using Microsoft.Extensions.Options;

namespace MedRec.Portal.Web.Endpoints.Api;

/// <summary>
/// Submitting and following submissions with an API token. Every rule (window, approved team, size, format,
/// quota, who may see what) is the use cases', through the same messages the Submit tab sends.
/// </summary>
internal static class SubmissionApiEndpoints
{
    public static string SubmissionUrl(Guid id) => $"/api/v1/submissions/{id}";

    public static RouteGroupBuilder MapSubmissionApi(this RouteGroupBuilder api)
    {
        api.MapPost("/phases/{phaseId:guid}/submissions", SubmitAsync)
            .WithName("SubmitPrediction")
            .WithSummary("Upload a prediction file to a phase (multipart/form-data: file, optional description).")
            .WithDescription("202: accepted and queued for scoring (poll the status URL). 422: the file breaks the format rules; it is stored as Rejected and the problem lists each issue with record, id, line and column. 413: too large. 409: window closed or quota used up. 415: not multipart/form-data. Body: a part \"file\" (the JSON prediction file) and optionally a part \"description\".")
            // No Accepts<> metadata: routing would answer a wrong content type with a bare 415 (or the API
            // fallback's 404); the endpoint answers it itself with a problem that shows the right curl call.
            .Produces<ApiSubmitReceipt>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/phases/{phaseId:guid}/submissions", ListAsync)
            .WithName("ListSubmissions")
            .WithSummary("Your team's submissions to a phase, newest first.")
            .Produces<IReadOnlyList<ApiSubmission>>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/submissions/{submissionId:guid}", GetAsync)
            .WithName("GetSubmission")
            .WithSummary("A submission's status, scores and validation report (your team's only).")
            .Produces<ApiSubmission>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/phases/{phaseId:guid}/quota", QuotaAsync)
            .WithName("GetQuota")
            .WithSummary("Your team's quota on a phase now (used, limits, remaining, reset instant).")
            .Produces<ApiQuota>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<IResult> SubmitAsync(Guid phaseId, HttpContext http, IMediator mediator, IOptions<SubmissionOptions> options, CancellationToken cancellationToken)
    {
        var actor = ApiCaller.Required(http);
        var (upload, problem) = await MultipartUpload.ReadAsync(http.Request, options.Value.MaxBytes, cancellationToken);
        if (upload is null)
        {
            return problem!;
        }

        using var content = new MemoryStream(upload.Content, writable: false);
        var result = await mediator.Send(
            new SubmitPredictionCommand(actor, phaseId, upload.FileName, content, upload.Content.LongLength, upload.Description), cancellationToken);
        if (result.IsFailure)
        {
            return ApiProblems.FromResult(result);
        }

        var receipt = result.Value;
        var statusUrl = SubmissionUrl(receipt.SubmissionId);
        if (receipt.Status == SubmissionStatus.Rejected)
        {
            return Rejected(http, receipt, statusUrl);
        }

        return TypedResults.Accepted(statusUrl, new ApiSubmitReceipt(
            receipt.SubmissionId,
            receipt.Status.ToString(),
            receipt.Counted,
            receipt.CountingNote.English,
            receipt.DuplicateOfSubmissionId,
            receipt.Sha256,
            statusUrl,
            ApiReport.From(receipt.Report),
            ApiQuota.From(receipt.Quota)));
    }

    /// <summary>A file that breaks the format rules: stored as Rejected (it has an id), answered as a 422 problem listing every issue.</summary>
    private static IResult Rejected(HttpContext http, SubmissionReceipt receipt, string statusUrl)
    {
        var report = receipt.Report;
        http.Response.Headers.Location = statusUrl;
        return ApiProblems.Create(
            StatusCodes.Status422UnprocessableEntity,
            "submission.rejected",
            $"The file breaks the format rules and was not scored: {report.Summary()} {receipt.CountingNote.English}",
            [new Domain.Common.Error("submission.rejected", report.Summary(), MultipartUpload.FilePart)],
            new Dictionary<string, object?>
            {
                ["submissionId"] = receipt.SubmissionId,
                ["statusUrl"] = statusUrl,
                ["counted"] = receipt.Counted,
                ["recordCount"] = report.RecordCount,
                ["errorCount"] = report.ErrorCount,
                ["warningCount"] = report.WarningCount,
                ["formatHint"] = report.FormatHint,
                ["issues"] = report.Errors.Select(ApiIssue.From).ToList(),
                ["warnings"] = report.Warnings.Select(ApiIssue.From).ToList(),
                ["quota"] = ApiQuota.From(receipt.Quota),
            });
    }

    private static async Task<IResult> ListAsync(Guid phaseId, HttpContext http, IMediator mediator, CancellationToken cancellationToken)
    {
        var actor = ApiCaller.Required(http);
        var result = await mediator.Send(new ListSubmissionsQuery(actor, phaseId), cancellationToken);
        if (result.IsFailure)
        {
            return ApiProblems.FromResult(result);
        }

        var hides = await ScoreVisibilityAsync(mediator, actor, phaseId, cancellationToken);
        return TypedResults.Ok(result.Value.Select(s => ApiSubmission.From(s, hides(s.ScoredAtUtc), report: null)).ToList());
    }

    private static async Task<IResult> GetAsync(Guid submissionId, HttpContext http, IMediator mediator, CancellationToken cancellationToken)
    {
        var actor = ApiCaller.Required(http);
        var result = await mediator.Send(new GetSubmissionQuery(actor, submissionId), cancellationToken);
        if (result.IsFailure)
        {
            return ApiProblems.FromResult(result);
        }

        var detail = result.Value;
        var hides = await ScoreVisibilityAsync(mediator, actor, detail.Submission.PhaseId, cancellationToken);
        return TypedResults.Ok(ApiSubmission.From(detail.Submission, hides(detail.Submission.ScoredAtUtc), detail.Report));
    }

    private static async Task<IResult> QuotaAsync(Guid phaseId, HttpContext http, IMediator mediator, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetQuotaStatusQuery(ApiCaller.Required(http), phaseId), cancellationToken);
        return result.IsFailure ? ApiProblems.FromResult(result) : TypedResults.Ok(ApiQuota.From(result.Value));
    }

    /// <summary>
    /// Whether a score must be hidden from this caller: participants do not see their new scores while the board
    /// is frozen and the phase says so (the same rule as "My submissions"); organisers always see them.
    /// </summary>
    private static async Task<Func<DateTime?, bool>> ScoreVisibilityAsync(IMediator mediator, Actor actor, Guid phaseId, CancellationToken cancellationToken)
    {
        if (actor.IsOrganizer)
        {
            return _ => false;
        }

        var status = await mediator.Send(new GetBoardStatusQuery(phaseId), cancellationToken);
        return status.IsFailure ? _ => false : scoredAt => !status.Value.ShowsOwnScore(scoredAt);
    }
}
