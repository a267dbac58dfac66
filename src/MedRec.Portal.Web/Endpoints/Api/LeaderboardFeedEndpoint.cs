using System.Text.Json;
using System.Threading.Channels;
using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Features.Leaderboards.GetBoard;
using Mediator;

namespace MedRec.Portal.Web.Endpoints.Api;

/// <summary>
/// <c>GET /api/v1/phases/{id}/leaderboard/events</c>: a server-sent event stream with one <c>board</c> event each
/// time the phase's board changes (scores, moderation, freeze, baselines; score changes coalesced per phase), so a
/// script can re-read the board when it changed instead of polling. The same callers may open it as may read the
/// board (checked once, through <see cref="GetBoardQuery"/>). Events carry only the phase, the kind of change and its
/// instant: the board itself is read through the leaderboard endpoint, under its own visibility rules.
/// </summary>
internal static class LeaderboardFeedEndpoint
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    public static RouteGroupBuilder MapLeaderboardFeed(this RouteGroupBuilder api)
    {
        api.MapGet("/phases/{phaseId:guid}/leaderboard/events", StreamAsync)
            .AllowAnonymous()
            .WithName("LeaderboardEvents")
            .WithSummary("Server-sent events: one `board` event ({phaseId, kind, occurredAt}) per change of the phase's board.")
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<IResult> StreamAsync(Guid phaseId, HttpContext http, IMediator mediator, ILeaderboardEvents events, CancellationToken cancellationToken)
    {
        var (actor, refusal) = await ApiCaller.OptionalAsync(http);
        if (refusal is not null)
        {
            return refusal;
        }

        var access = await mediator.Send(new GetBoardQuery(actor, phaseId, PageSize: 1), cancellationToken);
        if (access.IsFailure)
        {
            return ApiProblems.FromResult(access);
        }

        // Drained at once; a client too slow to read loses only old notices, never data it could not re-read from the board.
        var changes = Channel.CreateBounded<BoardChanged>(new BoundedChannelOptions(64) { FullMode = BoundedChannelFullMode.DropOldest });
        void OnChanged(object? sender, BoardChanged change)
        {
            if (change.PhaseId == phaseId)
            {
                changes.Writer.TryWrite(change);
            }
        }

        events.Changed += OnChanged;
        try
        {
            http.Response.Headers.ContentType = "text/event-stream";
            http.Response.Headers.CacheControl = "no-cache";
            http.Response.Headers["X-Accel-Buffering"] = "no";
            await http.Response.WriteAsync(": connected\n\n", cancellationToken);
            await http.Response.Body.FlushAsync(cancellationToken);
            while (!cancellationToken.IsCancellationRequested)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                wait.CancelAfter(KeepAlive);
                string line;
                try
                {
                    var change = await changes.Reader.ReadAsync(wait.Token);
                    var data = JsonSerializer.Serialize(new { phaseId = change.PhaseId, kind = change.Kind.ToString(), occurredAt = change.OccurredAtUtc });
                    line = $"event: board\ndata: {data}\n\n";
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    // Nothing for a while: a comment keeps proxies from closing the idle connection.
                    line = ": keep-alive\n\n";
                }

                await http.Response.WriteAsync(line, cancellationToken);
                await http.Response.Body.FlushAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away.
        }
        finally
        {
            events.Changed -= OnChanged;
        }

        return Results.Empty;
    }
}
