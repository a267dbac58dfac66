namespace MedRec.Portal.Scoring.Submissions;

/// <summary>
/// Every message the submission validator writes. The English is the text the CLI, the API and stored reports
/// show; the portal shows <c>Issue.{Id}</c> from its resources instead (same placeholders). Literal braces are
/// doubled (<c>{{</c>), as <see cref="string.Format(string, object?[])"/> needs.
/// </summary>
#pragma warning disable CS1591 // Each field's English text is its documentation.
public static class IssueMessages
{
    // Reading the file (rules 1–3).
    public static readonly IssueMessage EmptyFile = new("file.empty", "The file is empty: it must contain one JSON array of records, e.g. [{{...}}, {{...}}].");
    public static readonly IssueMessage NotArray = new("file.not-array", "The file must contain one JSON array at the top level (starting with '['), but it starts with '{0}'. Wrap the records in [ ... ].");
    public static readonly IssueMessage InvalidUtf8 = new("file.invalid-utf8", "The file is not valid UTF-8 (byte 0x{0}). Save it as UTF-8; files in GBK or other encodings are not accepted.");
    public static readonly IssueMessage TooLargeKnownSize = new("file.too-large", "The file is {0} bytes; the limit is {1} bytes ({2} MiB). It was not read.");
    public static readonly IssueMessage TooLargeWhileReading = new("file.too-large-while-reading", "The file is larger than the limit of {0} bytes ({1} MiB). It was not read further.");
    public static readonly IssueMessage Comment = new("json.comment", "Comments are not allowed in JSON. Remove the comment.");
    public static readonly IssueMessage NonFiniteNumber = new("json.non-finite-number", "NaN and Infinity are not valid JSON. Write a number, a string or null instead.");
    public static readonly IssueMessage TrailingContent = new("json.trailing-content", "Unexpected content after the closing ']' of the array. The file must end after the array.");
    public static readonly IssueMessage Syntax = new("json.syntax", "Invalid JSON: {0}");
    public static readonly IssueMessage InvalidString = new("json.invalid-string", "Invalid string: {0}");

    // Records and keys (rule 4).
    public static readonly IssueMessage NotObject = new("record.not-object", "Record {0} is {1}, not a JSON object. Each element must look like {2}.", 1);
    public static readonly IssueMessage DuplicateKey = new("record.duplicate-key", "Key \"{0}\" appears twice in record {1}. Keep one.") { EchoedArguments = [0] };
    public static readonly IssueMessage MixedKeySpelling = new("record.mixed-key-spelling", "Record {0} has both \"{1}\" and \"{2}\", two spellings of the same field. Keep one.");
    public static readonly IssueMessage ExtraKey = new("record.extra-key", "Key \"{0}\" is not used and was ignored (expected keys: {1}).") { EchoedArguments = [0] };
    public static readonly IssueMessage MissingId = new("id.missing-key", "Record {0} has no \"{1}\" key. Add the record's identifier.");
    public static readonly IssueMessage MissingIdEitherSpelling = new("id.missing-key-either", "Record {0} has no \"{1}\" (or \"{2}\") key. Add the record's identifier.");
    public static readonly IssueMessage IdNotString = new("id.not-string", "\"{0}\" must be a string, but it is {1}. Write the identifier in quotes.", 1);

    // Identifiers (rule 5).
    public static readonly IssueMessage EmptyId = new("id.empty", "\"{0}\" is empty. Give the record's identifier.");
    public static readonly IssueMessage DuplicateId = new("id.duplicate", "Identifier \"{0}\" was already used by record {1}. Give each identifier one record.") { EchoedArguments = [0] };
    public static readonly IssueMessage UnknownId = new("id.unknown", "Identifier \"{0}\" is not in this phase's input set. Predict only the phase's records.") { EchoedArguments = [0] };
    public static readonly IssueMessage MissingIds = new("id.missing", "{0} identifier(s) of this phase's input set have no record: {1}{2}. Every input record needs a prediction.");

    // Labels (rules 6–7).
    public static readonly IssueMessage EmptyLabelDropped = new("label.empty-dropped", "An empty label was dropped.");
    public static readonly IssueMessage RepeatedLabel = new("label.repeated", "\"{0}\" is repeated in this record; it counts once.") { EchoedArguments = [0] };
    public static readonly IssueMessage UnknownDrug = new("label.unknown-drug", "\"{0}\" is not in the candidate drug list. Use the list's exact spelling.") { EchoedArguments = [0] };
    public static readonly IssueMessage UnknownAdditionalCode = new("label.unknown-additional-code", "\"{0}\" is not in the list of 53 additional codes. Use the list's exact spelling.") { EchoedArguments = [0] };

    // CDrugRed predictions.
    public static readonly IssueMessage DrugsMissing = new("cdrugred.prediction-missing", "Record {0} has no \"{1}\" key. Add it (an empty list [] is allowed).");
    public static readonly IssueMessage DrugsNotArray = new("cdrugred.prediction-not-array", "\"{0}\" must be a JSON array of drug names, but it is {1}.", 1);
    public static readonly IssueMessage DrugNotString = new("cdrugred.drug-not-string", "Every item of \"{0}\" must be a drug name in quotes, but one is {1}.", 1);

    // ICD predictions.
    public static readonly IssueMessage CodesMissing = new("icd.prediction-missing", "Record {0} has no \"{1}\" (or \"{2}\") key. Add the predicted codes as \"[<primary>|<additional1>;<additional2>]\".");
    public static readonly IssueMessage CodesNotString = new("icd.prediction-not-string", "\"{0}\" must be a string like \"[<primary>|<additional1>;<additional2>]\", but it is {1}.", 1);
    public static readonly IssueMessage IcdSeparator = new("icd.separator", "\"{0}\" must contain exactly one '|' between the primary code and the additional codes (found {1}), e.g. \"[I21.401|I10.x00x032;E11.900]\".") { EchoedArguments = [0], EchoLength = EchoedText.MaxPredictionLength };
    public static readonly IssueMessage NoPrimaryCode = new("icd.no-primary", "\"{0}\" has no primary code before '|'. Give exactly one of the 5 primary codes.") { EchoedArguments = [0], EchoLength = EchoedText.MaxPredictionLength };
    public static readonly IssueMessage SeveralPrimaryCodes = new("icd.several-primaries", "\"{0}\" has {1} primary codes before '|'. Give exactly one of the 5 primary codes.") { EchoedArguments = [0], EchoLength = EchoedText.MaxPredictionLength };
    public static readonly IssueMessage UnknownPrimaryCode = new("icd.unknown-primary", "\"{0}\" is not one of the 5 primary codes ({1}).") { EchoedArguments = [0] };
    public static readonly IssueMessage NoAdditionalCode = new("icd.no-additional", "\"{0}\" has no additional code after '|'. Give at least one of the 53 additional codes.") { EchoedArguments = [0], EchoLength = EchoedText.MaxPredictionLength };
    public static readonly IssueMessage TooManyAdditionalCodes = new("icd.additional-limit", "\"{0}\" has {1} additional codes; this phase allows at most {2}.") { EchoedArguments = [0], EchoLength = EchoedText.MaxPredictionLength };
#pragma warning restore CS1591

    private static readonly Dictionary<string, IssueMessage> ById = typeof(IssueMessages)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(field => field.FieldType == typeof(IssueMessage))
        .Select(field => (IssueMessage)field.GetValue(null)!)
        .ToDictionary(message => message.Id, StringComparer.Ordinal);

    /// <summary>Every declared message.</summary>
    public static IReadOnlyCollection<IssueMessage> All => ById.Values;

    /// <summary>The message with this id, or null (e.g. a report stored by a later version).</summary>
    public static IssueMessage? Find(string? id) => id is not null && ById.TryGetValue(id, out var message) ? message : null;
}
