using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Application.Features.FactSheets;

/// <summary>Errors the fact-sheet use cases return, worded once (translated by the pages under <c>Error.{Id}</c>).</summary>
public static class FactSheetErrors
{
    public static readonly ErrorMessage NoForm = new("factsheet.no-form", ErrorCodes.NotFound, "This phase asks for no fact sheet.");
    public static readonly ErrorMessage NotRegistered = new("factsheet.not-registered", ErrorCodes.Forbidden, "Only members of a team registered for this task can submit its fact sheet.");
    public static readonly ErrorMessage DeadlinePassed = new("factsheet.deadline-passed", ErrorCodes.Conflict, "The fact-sheet deadline ({0} UTC) has passed; ask the organisers if something must change.");
    public static readonly ErrorMessage FieldRequired = new("factsheet.field-required", ErrorCodes.Validation, "\"{0}\" is required.");
    public static readonly ErrorMessage FieldTooLong = new("factsheet.field-too-long", ErrorCodes.Validation, "\"{0}\" is {1} characters long; shorten it to at most {2}.");
    public static readonly ErrorMessage FieldNumber = new("factsheet.field-number", ErrorCodes.Validation, "\"{0}\" must be a number, written with a dot as the decimal separator (was \"{1}\").");
    public static readonly ErrorMessage FieldUrl = new("factsheet.field-url", ErrorCodes.Validation, "\"{0}\" must be a full http:// or https:// address (was \"{1}\").");
    public static readonly ErrorMessage FieldChoice = new("factsheet.field-choice", ErrorCodes.Validation, "\"{0}\" must be one of: {1} (was \"{2}\").");
    public static readonly ErrorMessage UnknownField = new("factsheet.unknown-field", ErrorCodes.Validation, "The fact sheet has no field \"{0}\"; reload the page to get the current form.");
    public static readonly ErrorMessage PdfNotAllowed = new("factsheet.pdf-not-allowed", ErrorCodes.Validation, "This fact sheet takes no PDF attachment.");
    public static readonly ErrorMessage PdfTooLarge = new("factsheet.pdf-too-large", ErrorCodes.Validation, "The PDF is {0} bytes; the limit is {1} bytes. Compress it or leave out figures.");
    public static readonly ErrorMessage PdfNotPdf = new("factsheet.pdf-not-pdf", ErrorCodes.Validation, "\"{0}\" is not a PDF file (it does not start with %PDF-); export your report as PDF.");
    public static readonly ErrorMessage FormFieldCount = new("factsheet.form-field-count", ErrorCodes.Validation, "A fact sheet has 1 to {0} fields (this one has {1}).");
    public static readonly ErrorMessage FormKey = new("factsheet.form-key", ErrorCodes.Validation, "Field {0}: the key \"{1}\" must be 1–40 characters of a–z, 0–9, '-' or '_', and unique.");
    public static readonly ErrorMessage FormLabel = new("factsheet.form-label", ErrorCodes.Validation, "Field {0}: give a Chinese and an English label of 1–200 characters.");
    public static readonly ErrorMessage FormChoices = new("factsheet.form-choices", ErrorCodes.Validation, "Field {0}: a choice field needs 2 to {1} distinct, non-empty choices.");
    public static readonly ErrorMessage FormPdfLimit = new("factsheet.form-pdf-limit", ErrorCodes.Validation, "The PDF size limit must be between 1 and {0} bytes.");
    public static readonly ErrorMessage FormDeadlineFormat = new("factsheet.form-deadline-format", ErrorCodes.Validation, "Write the deadline as yyyy-MM-dd HH:mm in UTC, e.g. 2025-08-01 16:00 (was \"{0}\").");
    public static readonly ErrorMessage FormDeadlineNotUtc = new("factsheet.form-deadline-not-utc", ErrorCodes.Validation, "Give the fact-sheet deadline in UTC.");
}
