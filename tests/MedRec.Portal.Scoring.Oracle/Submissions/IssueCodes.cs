namespace MedRec.Portal.Scoring.Submissions;

/// <summary>
/// Every error and warning code the submission validator reports, in one place. Codes are stable: the portal, the
/// CLI and stored reports depend on them, so a code is never renamed or reused for another meaning. The rule each
/// code enforces is the numbered rule of docs/scoring-rules.md given in its description.
/// </summary>
public static class IssueCodes
{
    /// <summary>Rule 1: the file is not valid UTF-8 (e.g. saved as GBK). Stops reading.</summary>
    public const string InvalidUtf8 = "encoding.invalid_utf8";

    /// <summary>Rule 3: the file is larger than <c>Submission:MaxBytes</c>; refused before parsing.</summary>
    public const string TooLarge = "size.too_large";

    /// <summary>Rule 2: the file is empty or holds only white space.</summary>
    public const string EmptyFile = "json.empty";

    /// <summary>Rule 2: the JSON is malformed (line and column given). Stops reading.</summary>
    public const string Syntax = "json.syntax";

    /// <summary>Rule 2: the file contains a comment (<c>//</c> or <c>/* */</c>), which JSON does not allow.</summary>
    public const string Comment = "json.comment";

    /// <summary>Rule 2: the file contains a bare <c>NaN</c>, <c>Infinity</c> or <c>-Infinity</c>, which JSON does not allow.</summary>
    public const string NonFiniteNumber = "json.non_finite_number";

    /// <summary>Rule 2: something other than white space follows the closing bracket of the top-level array.</summary>
    public const string TrailingContent = "json.trailing_content";

    /// <summary>Rule 2: the top-level value is not a JSON array.</summary>
    public const string NotArray = "json.not_array";

    /// <summary>Rule 4: an element of the array is not a JSON object.</summary>
    public const string NotObject = "record.not_object";

    /// <summary>Rule 4: a record lacks one of the task's two required keys.</summary>
    public const string MissingKey = "record.missing_key";

    /// <summary>Rule 4: a key holds a value of the wrong JSON type (e.g. a number where a string is due).</summary>
    public const string WrongType = "record.wrong_type";

    /// <summary>Rule 4: the same key appears twice in one record.</summary>
    public const string DuplicateKey = "record.duplicate_key";

    /// <summary>ICD: one record uses both spellings of the same field (<c>病案标识</c> and <c>Record_ID</c>, or <c>预测结果</c> and <c>Prediction</c>).</summary>
    public const string MixedKeySpelling = "record.mixed_key_spelling";

    /// <summary>Rule 5: an identifier is empty after normalisation.</summary>
    public const string EmptyId = "id.empty";

    /// <summary>Rule 5: an identifier occurs in more than one record.</summary>
    public const string DuplicateId = "id.duplicate";

    /// <summary>Rule 5: identifiers of the phase's input set have no record (one error giving the count and the first few).</summary>
    public const string MissingIds = "id.missing";

    /// <summary>Rule 5: a record's identifier is not in the phase's input set.</summary>
    public const string UnknownId = "id.unknown";

    /// <summary>Rule 7: a label is not in the task's label list (candidate drugs, ICD primary or additional codes).</summary>
    public const string UnknownLabel = "label.unknown";

    /// <summary>ICD: the prediction string does not contain exactly one <c>|</c> between the primary and the additional codes.</summary>
    public const string IcdSeparator = "icd.separator";

    /// <summary>ICD: the part before <c>|</c> is not exactly one code (empty, or several codes joined by <c>;</c>).</summary>
    public const string IcdPrimaryCount = "icd.primary_count";

    /// <summary>ICD: no additional code after <c>|</c> (the official rule requires one or more).</summary>
    public const string IcdAdditionalCount = "icd.additional_count";

    /// <summary>ICD: more additional codes than the phase's <c>MaxAdditionalCodes</c> setting allows.</summary>
    public const string IcdAdditionalLimit = "icd.additional_limit";

    /// <summary>Warning, rule 4: a record has a key the task does not use; it is ignored.</summary>
    public const string ExtraKey = "record.extra_key";

    /// <summary>Warning, rule 6: an empty label was dropped.</summary>
    public const string EmptyLabelDropped = "label.empty_dropped";

    /// <summary>Warning, rule 6: a label is repeated within one record; it counts once.</summary>
    public const string RepeatedLabel = "label.repeated";
}
