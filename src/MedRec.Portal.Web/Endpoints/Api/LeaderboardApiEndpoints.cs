using MedRec.Portal.Application.Features.Leaderboards.GetBoard;
using MedRec.Portal.Web.Endpoints.Api.Contracts;
using Mediator;

namespace MedRec.Portal.Web.Endpoints.Api;

/// <summary>
/// A phase's leaderboard. Anonymous callers may read it where participants may (a public, or released, board);
/// visibility, freeze and hourly publication are the <see cref="GetBoardQuery"/> use case's, as on the page.
/// </summary>
internal static class LeaderboardApiEndpoints
{
    public static RouteGroupBuilder MapLeaderboardApi(this RouteGroupBuilder api)
    {
        api.MapGet("/phases/{phaseId:guid}/leaderboard", GetAsync)
            .AllowAnonymous()
            .WithName("GetLeaderboard")
            .WithSummary("One page of a phase's leaderboard as participants see it (organisers' tokens: the live board).")
            .WithDescription("sort: rank (default), team, submissions, time or a metric key; descending: true (default) or false; page from 1; pageSize 1–200 (default 50); search: part of a team name.")
            .Produces<ApiBoard>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<IResult> GetAsync(
        Guid phaseId, HttpContext http, IMediator mediator, CancellationToken cancellationToken, string? sort = null, bool? descending = null, string? search = null, int? page = null, int? pageSize = null)
    {
        var (actor, refusal) = await ApiCaller.OptionalAsync(http);
        if (refusal is not null)
        {
            return refusal;
        }

        var board = await mediator.Send(
            new GetBoardQuery(actor, phaseId, SortBy: sort, Descending: descending ?? true, Search: search, Page: page ?? 1, PageSize: pageSize ?? 50), cancellationToken);
        return board.IsFailure ? ApiProblems.FromResult(board) : TypedResults.Ok(ApiBoard.From(board.Value));
    }
}
