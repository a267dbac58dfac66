using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Domain.Baselines;

/// <summary>Why a baseline model or run change is refused, worded once (translated by the pages under <c>Error.{Id}</c>).</summary>
public static class BaselineRuleErrors
{
    public static readonly ErrorMessage BatchSize = new("baseline.batch-size", ErrorCodes.Validation, "The batch size is {0}; use 1–{1} records per graph call (32 suits a CPU).");
    public static readonly ErrorMessage RunNotQueued = new("baseline.run-not-queued", ErrorCodes.Conflict, "The run is {0}, not queued, so it cannot start.");
    public static readonly ErrorMessage ModelNameLength = new("baseline.model-name-length", ErrorCodes.Validation, "Give the model a name of 1–{0} characters, e.g. \"Char-CNN baseline\".");
}
