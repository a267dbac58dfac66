using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Application.Features.Bundles;

/// <summary>Why a bundle is refused, worded once (translated by the console under <c>Error.{Id}</c>).</summary>
public static class BundleErrors
{
    public static readonly ErrorMessage NoConfig = new("bundle.no-config", ErrorCodes.Validation, "The bundle has no competition.yaml at its root; put the file next to the data files (see docs/bundles.md).");
    public static readonly ErrorMessage YamlSyntax = new("bundle.yaml-syntax", ErrorCodes.Validation, "competition.yaml is not valid YAML: {0}");
    public static readonly ErrorMessage NotAMapping = new("bundle.not-mapping", ErrorCodes.Validation, "Expected a mapping (key: value lines) here.");
    public static readonly ErrorMessage NotAList = new("bundle.not-list", ErrorCodes.Validation, "Expected a list (lines starting with \"- \") here.");
    public static readonly ErrorMessage NotAScalar = new("bundle.not-scalar", ErrorCodes.Validation, "Expected a single value here, not a list or mapping.");
    public static readonly ErrorMessage Missing = new("bundle.missing", ErrorCodes.Validation, "\"{0}\" is required here.");
    public static readonly ErrorMessage UnknownKey = new("bundle.unknown-key", ErrorCodes.Validation, "Unknown key \"{0}\"; allowed here: {1}.");
    public static readonly ErrorMessage NotAnInteger = new("bundle.not-integer", ErrorCodes.Validation, "\"{0}\" is not a whole number.");
    public static readonly ErrorMessage NotABoolean = new("bundle.not-boolean", ErrorCodes.Validation, "\"{0}\" is not true or false.");
    public static readonly ErrorMessage NotAnInstant = new("bundle.not-instant", ErrorCodes.Validation, "\"{0}\" is not an instant with a zone; write it as ISO 8601, e.g. 2025-06-01T00:00:00Z or 2025-06-01T08:00:00+08:00.");
    public static readonly ErrorMessage NotOneOf = new("bundle.not-one-of", ErrorCodes.Validation, "\"{0}\" is not one of: {1}.");
    public static readonly ErrorMessage FormatVersion = new("bundle.format-version", ErrorCodes.Validation, "This portal reads bundle format {1}; the bundle says {0}.");
    public static readonly ErrorMessage RankingFixed = new("bundle.ranking-fixed", ErrorCodes.Validation, "{0} tasks rank by {1} (metric, then tie-breaks); the bundle says {2}. This portal does not change a task kind's ranking keys.");
    public static readonly ErrorMessage TermsTextRequired = new("bundle.terms-text-required", ErrorCodes.Validation, "\"terms\" names no text: give the Markdown file of at least one language (zh: terms/terms.zh.md, en: terms/terms.en.md), or remove \"terms\" to start with the portal's standard terms.");
    public static readonly ErrorMessage TermsVersionNumber = new("bundle.terms-version", ErrorCodes.Validation, "The terms version must be a whole number of at least 1 (was {0}).");
    public static readonly ErrorMessage TermsNotText = new("bundle.terms-not-text", ErrorCodes.Validation, "\"{0}\" is not UTF-8 text; save the terms as UTF-8 Markdown.");
    public static readonly ErrorMessage NoPhases = new("bundle.no-phases", ErrorCodes.Validation, "A competition needs at least one phase.");
    public static readonly ErrorMessage FileMissing = new("bundle.file-missing", ErrorCodes.Validation, "The bundle has no file \"{0}\".");
    public static readonly ErrorMessage FilePath = new("bundle.file-path", ErrorCodes.Validation, "\"{0}\" is not a relative path inside the bundle (no \"..\", no leading \"/\").");
    public static readonly ErrorMessage FileProblem = new("bundle.file-problem", ErrorCodes.Validation, "{0}: {1}");
    public static readonly ErrorMessage CandidatesOnlyCDrugRed = new("bundle.candidates-only-cdrugred", ErrorCodes.Validation, "Only CDrugRed tasks have a candidate list; remove \"candidates\".");
    public static readonly ErrorMessage TooLarge = new("bundle.too-large", ErrorCodes.Validation, "The bundle is larger than {0} bytes unpacked; split it or load the biggest files from the console.");
    public static readonly ErrorMessage NotAZip = new("bundle.not-zip", ErrorCodes.Validation, "The upload is not a .zip archive: {0}");
    public static readonly ErrorMessage TaskNotFound = new("bundle.task-not-found", ErrorCodes.NotFound, "Task \"{0}\" was not found.");
}
