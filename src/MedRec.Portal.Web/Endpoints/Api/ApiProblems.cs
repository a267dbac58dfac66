using MedRec.Portal.Domain.Common;
using Microsoft.AspNetCore.Mvc;

namespace MedRec.Portal.Web.Endpoints.Api;

/// <summary>
/// RFC 7807 problem documents (<c>application/problem+json</c>) for every API refusal: <c>code</c> is a stable
/// machine code (the first error's), <c>errors</c> lists every error with its code, message and field.
/// </summary>
internal static class ApiProblems
{
    /// <summary>The problem for a use case's failure; the status follows the first error's code.</summary>
    public static IResult FromErrors(IReadOnlyList<Error> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var status = errors[0].Code switch
        {
            ErrorCodes.NotFound => StatusCodes.Status404NotFound,
            ErrorCodes.Forbidden => StatusCodes.Status403Forbidden,
            ErrorCodes.Conflict or ErrorCodes.Concurrency => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status400BadRequest,
        };
        return Create(status, errors[0].Code, string.Join(" ", errors.Select(e => e.Message)), errors);
    }

    public static IResult FromResult(Result result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return FromErrors(result.Errors);
    }

    /// <summary>A problem with one error of the given code.</summary>
    public static IResult Create(int status, string code, string detail, string? field = null, IDictionary<string, object?>? extensions = null) =>
        Create(status, code, detail, [new Error(code, detail, field)], extensions);

    public static IResult Create(int status, string code, string detail, IReadOnlyList<Error> errors, IDictionary<string, object?>? extensions = null)
    {
        var problem = new ProblemDetails
        {
            Status = status,
            Type = $"urn:medrec:problem:{code}",
            Title = ReasonPhrase(status),
            Detail = detail,
        };
        problem.Extensions["code"] = code;
        problem.Extensions["errors"] = errors.Select(e => new { e.Code, e.Message, e.Field }).ToList();
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>())
        {
            problem.Extensions[key] = value;
        }

        return TypedResults.Problem(problem);
    }

    private static string ReasonPhrase(int status) =>
        Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : "Error";
}
