using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Application.Features.Datasets;

/// <summary>Every refusal of the dataset use cases, worded once (translated by the pages under <c>Error.{Id}</c>).</summary>
public static class DatasetErrors
{
    public static readonly ErrorMessage AnswerInInputs = new("dataset.answer-in-inputs", ErrorCodes.Validation, "Record {0} (line {1}, id \"{2}\") contains the answer field \"{3}\". Participants download inputs, so remove the answers (upload them as gold instead).");
    public static readonly ErrorMessage NoRecords = new("dataset.no-records", ErrorCodes.Validation, "The file holds no records.");
    public static readonly ErrorMessage GoldMissing = new("dataset.gold-missing", ErrorCodes.Validation, "{0} input record(s) have no gold answer, e.g. {1}. Gold must cover exactly the phase's inputs.");
    public static readonly ErrorMessage GoldExtra = new("dataset.gold-extra", ErrorCodes.Validation, "{0} gold record(s) are not in the phase's inputs, e.g. {1}. Is this the gold of another phase?");
    public static readonly ErrorMessage GoldUnknownDrugs = new("dataset.gold-unknown-drugs", ErrorCodes.Validation, "{0} gold drug(s) are not in the task's candidate list, e.g. {1}. Upload the matching candidate list first, or fix the gold.");
    public static readonly ErrorMessage GoldUnknownCodes = new("dataset.gold-unknown-codes", ErrorCodes.Validation, "{0} gold code(s) are not in the task's published code lists, e.g. {1}.");
    public static readonly ErrorMessage GoldNotFound = new("dataset.gold-not-found", ErrorCodes.NotFound, "The phase's gold was not found.");
    public static readonly ErrorMessage NotFound = new("dataset.not-found", ErrorCodes.NotFound, "The dataset was not found.");
    public static readonly ErrorMessage NotApproved = new("dataset.not-approved", ErrorCodes.Forbidden, "Task data is available to members of teams whose registration an organiser has approved.");
    public static readonly ErrorMessage InputsNotInUse = new("dataset.inputs-not-in-use", ErrorCodes.Forbidden, "These inputs are not in use by any phase.");
    public static readonly ErrorMessage InputsNotOpenYet = new("dataset.inputs-not-open-yet", ErrorCodes.Forbidden, "These inputs become available when their phase opens ({0}).");
    public static readonly ErrorMessage ContentNotFound = new("dataset.content-not-found", ErrorCodes.NotFound, "The dataset's content was not found.");
    public static readonly ErrorMessage EmptyFile = new("dataset.empty", ErrorCodes.Validation, "The file is empty.");
    public static readonly ErrorMessage TooLarge = new("dataset.too-large", ErrorCodes.Validation, "The file has {0} bytes; at most {1} are accepted.");
    public static readonly ErrorMessage FileNameLength = new("dataset.file-name-length", ErrorCodes.Validation, "Give the file a name of 1–260 characters.");
    public static readonly ErrorMessage TaskNotFound = new("dataset.task-not-found", ErrorCodes.NotFound, "The task was not found.");
    public static readonly ErrorMessage PhaseRequired = new("dataset.phase-required", ErrorCodes.Validation, "Inputs and gold belong to a phase: choose one of the task's phases.");
    public static readonly ErrorMessage ChooseKind = new("dataset.choose-kind", ErrorCodes.Validation, "Choose inputs, gold or candidate list.");
    public static readonly ErrorMessage CandidateListOnlyCDrugRed = new("dataset.candidate-list-cdrugred-only", ErrorCodes.Validation, "Only CDrugRed takes a candidate list; ICD coding uses the published code lists.");
}
