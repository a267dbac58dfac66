using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Application.Features.Baselines;

/// <summary>Every refusal of the baseline use cases, worded once (translated by the pages under <c>Error.{Id}</c>).</summary>
public static class BaselineErrors
{
    public static readonly ErrorMessage RunNotFound = new("baseline.run-not-found", ErrorCodes.NotFound, "The run was not found.");
    public static readonly ErrorMessage RunAlreadyEnded = new("baseline.run-already-ended", ErrorCodes.Conflict, "The run already ended ({0}); there is nothing to cancel.");
    public static readonly ErrorMessage ChoosePackage = new("baseline.choose-package", ErrorCodes.Validation, "Choose the package: one .zip with model.json, model.onnx and vocab.json, or those three files together.");
    public static readonly ErrorMessage PackageTooLarge = new("baseline.package-too-large", ErrorCodes.Validation, "The package has {0} bytes; at most {1} ({2} MiB, Baseline:MaxPackageBytes) are accepted.");
    public static readonly ErrorMessage TaskNotFound = new("baseline.task-not-found", ErrorCodes.NotFound, "The task was not found.");
    public static readonly ErrorMessage NoCandidateList = new("baseline.no-candidate-list", ErrorCodes.Conflict, "The task has no candidate drug list yet, so the model's labels cannot be checked. Upload the candidate list first (task page, Candidate list tab).");
    public static readonly ErrorMessage PackageAlreadyStored = new("baseline.package-already-stored", ErrorCodes.Conflict, "This package is already stored for the task as \"{0}\" (same SHA-256); run that one.");
    public static readonly ErrorMessage ModelNotFound = new("baseline.model-not-found", ErrorCodes.NotFound, "The model was not found.");
    public static readonly ErrorMessage PhaseOfOtherTask = new("baseline.phase-of-other-task", ErrorCodes.Validation, "Choose one of this task's phases: the model belongs to the task it was uploaded for.");
    public static readonly ErrorMessage PhaseHasNoInputs = new("baseline.phase-no-inputs", ErrorCodes.Conflict, "Phase \"{0}\" has no input records yet; upload its inputs on the Phases tab, then start the run.");
    public static readonly ErrorMessage PhaseHasNoGoldForRun = new("baseline.phase-no-gold-for-run", ErrorCodes.Conflict, "Phase \"{0}\" has no gold yet, so the run's predictions could not be scored; upload its gold on the Phases tab, then start the run.");
    public static readonly ErrorMessage AlreadyRunning = new("baseline.already-running", ErrorCodes.Conflict, "Model \"{0}\" is already queued or running on phase \"{1}\" (run #{2}, \"{3}\"); wait for run #{2} to finish or cancel it on the Runs tab.");
    public static readonly ErrorMessage BaselineNotFound = new("baseline.not-found", ErrorCodes.NotFound, "The baseline was not found.");
    public static readonly ErrorMessage AlreadyWithdrawn = new("baseline.already-withdrawn", ErrorCodes.Conflict, "Baseline \"{0}\" was already withdrawn.");
    public static readonly ErrorMessage PhaseHasNoGold = new("baseline.phase-no-gold", ErrorCodes.Conflict, "Phase \"{0}\" has no gold yet, so a baseline cannot be scored. Upload the phase's gold on the task's Phases tab first.");
    public static readonly ErrorMessage GoldMismatch = new("baseline.gold-mismatch", ErrorCodes.Conflict, "The file is valid against phase \"{0}\"'s inputs but not against its gold ({1}). Upload gold that matches the inputs.");
    public static readonly ErrorMessage PhaseNotFound = new("baseline.phase-not-found", ErrorCodes.NotFound, "The phase was not found.");
}
