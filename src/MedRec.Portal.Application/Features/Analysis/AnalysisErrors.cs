using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Application.Features.Analysis;

/// <summary>Errors the analysis use cases return, worded once (translated by the pages under <c>Error.{Id}</c>).</summary>
public static class AnalysisErrors
{
    public static readonly ErrorMessage AnalysisNotFound = new("analysis.not-found", ErrorCodes.NotFound, "The analysis was not found in this phase.");
    public static readonly ErrorMessage NotReady = new("analysis.not-ready", ErrorCodes.Conflict, "The analysis is {0}; only a finished analysis can be published or exported.");
    public static readonly ErrorMessage NoEntries = new("analysis.no-entries", ErrorCodes.Conflict, "The board has no team entries to analyse; wait for scored submissions.");
    public static readonly ErrorMessage Resamples = new("analysis.resamples", ErrorCodes.Validation, "The number of resamples must be between 100 and {0}.");
    public static readonly ErrorMessage NotPublished = new("analysis.not-published", ErrorCodes.NotFound, "The organisers have not published the results analysis of this phase.");
}
