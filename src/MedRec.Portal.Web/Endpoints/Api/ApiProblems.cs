using MedRec.Portal.Domain.Common;
using MedRec.Portal.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

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

    public static IResult Create(int status, string code, string detail, IReadOnlyList<Error> errors, IDictionary<string, object?>? extensions = null) =>
        new LocalizedProblem(status, code, detail, errors, extensions);

    // Written when the response goes out, in the request's language (Accept-Language or the culture cookie, as
    // the pages): errors that carry a message id are worded from the resources; "code" and each error's code stay
    // the stable machine codes scripts test for.
    private sealed class LocalizedProblem(int status, string code, string detail, IReadOnlyList<Error> errors, IDictionary<string, object?>? extensions) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            ArgumentNullException.ThrowIfNull(httpContext);
            var text = httpContext.RequestServices.GetService<IStringLocalizer<SharedResource>>();
            string Word(Error error) => text is null ? error.Message : ErrorText.Localize(error, text);
            var everyErrorWorded = errors.Count > 0 && errors.All(e => e.MessageId is not null);
            var problem = new ProblemDetails
            {
                Status = status,
                Type = $"urn:medrec:problem:{code}",
                Title = ReasonPhrase(status),
                Detail = everyErrorWorded ? string.Join(" ", errors.Select(Word)) : detail,
            };
            problem.Extensions["code"] = code;
            problem.Extensions["errors"] = errors.Select(e => new { e.Code, Message = Word(e), e.Field }).ToList();
            foreach (var (key, value) in extensions ?? new Dictionary<string, object?>())
            {
                problem.Extensions[key] = value;
            }

            return TypedResults.Problem(problem).ExecuteAsync(httpContext);
        }
    }

    private static string ReasonPhrase(int status) =>
        Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : "Error";
}
