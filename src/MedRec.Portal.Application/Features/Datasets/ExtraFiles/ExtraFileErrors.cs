using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Application.Features.Datasets.ExtraFiles;

/// <summary>Refusals of the extra-file use cases (translated by the pages under <c>Error.{Id}</c>).</summary>
public static class ExtraFileErrors
{
    public static readonly ErrorMessage DescriptionRequired = new("extra-file.description-required", ErrorCodes.Validation, "Describe the file in 1–{0} characters (e.g. \"Labelled training data, 2019–2021\"): participants see it beside the download.");
    public static readonly ErrorMessage PhaseNotInTask = new("extra-file.phase-not-in-task", ErrorCodes.Validation, "The phase is not one of this task's phases: choose one of them, or none for a file of the whole task.");
    public static readonly ErrorMessage NotFound = new("extra-file.not-found", ErrorCodes.NotFound, "The extra file was not found (an organiser may have removed it).");
}
