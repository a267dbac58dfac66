using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Web.Endpoints;

/// <summary>Maps a use case's expected failure onto the HTTP status an API client understands.</summary>
public static class ResultHttp
{
    /// <summary>The status for a failed result (404, 403, 400, 409), with the error messages as the body.</summary>
    public static IResult Failure(Result result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var status = result.ErrorCode switch
        {
            ErrorCodes.NotFound => StatusCodes.Status404NotFound,
            ErrorCodes.Forbidden => StatusCodes.Status403Forbidden,
            ErrorCodes.Conflict or ErrorCodes.Concurrency => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status400BadRequest,
        };
        return Results.Problem(
            detail: string.Join(" ", result.Errors.Select(e => e.Message)),
            statusCode: status);
    }
}
