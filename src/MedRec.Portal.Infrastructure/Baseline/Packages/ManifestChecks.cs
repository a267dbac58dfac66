using System.Text;
using System.Text.Json;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Infrastructure.Baseline.Manifest;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.Infrastructure.Baseline.Packages;

/// <summary>Checks of the manifest alone: task, labels, declared outputs, input settings, decoding rule.</summary>
internal static class ManifestChecks
{
    public static TaskKind? ParseTask(string task) => task switch
    {
        "cdrugred" => TaskKind.CDrugRed,
        "icd" => TaskKind.Icd,
        _ => null,
    };

    public static void CheckInput(BaselineManifest manifest, List<BaselinePackageError> errors)
    {
        var input = manifest.Input;
        if (input.Fields.Count == 0)
        {
            errors.Add(Invalid("input.fields is empty: list the record fields the model reads"));
        }

        if (input.MaxLength <= 0)
        {
            errors.Add(Invalid($"input.maxLength is {input.MaxLength}; it must be positive"));
        }

        foreach (var field in input.Fields)
        {
            if (field.MaxChars <= 0)
            {
                errors.Add(Invalid($"input field \"{field.Name}\" has maxChars {field.MaxChars}; it must be positive"));
            }

            if (field.Keep is not ("head" or "tail"))
            {
                errors.Add(Invalid($"input field \"{field.Name}\" has keep \"{field.Keep}\"; use \"head\" or \"tail\""));
            }
        }

        if (!string.Equals(manifest.Tokenizer.Kind, "character", StringComparison.Ordinal))
        {
            errors.Add(Invalid($"tokenizer.kind is \"{manifest.Tokenizer.Kind}\"; this runner reads only \"character\""));
        }
    }

    public static void CheckLabels(BaselineManifest manifest, BaselinePackageExpectation expected, List<BaselinePackageError> errors)
    {
        if (expected.Task == TaskKind.CDrugRed)
        {
            var candidates = expected.CandidateDrugs ?? [];
            CompareLabels("labels", manifest.Labels.Drugs, candidates, "the phase's candidate drug list", errors);
        }
        else
        {
            CompareLabels("primary", manifest.Labels.Primary, IcdCodeLists.Primary.Select(c => c.Code).ToArray(), "the task's 5 primary codes", errors);
            CompareLabels("additional", manifest.Labels.Additional, IcdCodeLists.Additional.Select(c => c.Code).ToArray(), "the task's 53 additional codes", errors);
        }
    }

    /// <summary>The manifest's outputs must be the task's roles, float32, shaped [batch, label count].</summary>
    public static void CheckDeclaredOutputs(BaselineManifest manifest, TaskKind task, List<BaselinePackageError> errors)
    {
        var expected = task == TaskKind.CDrugRed
            ? new[] { ("labels", manifest.Labels.Drugs?.Count ?? 0) }
            : [("primary", manifest.Labels.Primary?.Count ?? 0), ("additional", manifest.Labels.Additional?.Count ?? 0)];
        var outputs = manifest.Onnx.Outputs;
        if (outputs.Count != expected.Length)
        {
            errors.Add(new(BaselinePackageErrorCode.OutputMismatch, $"onnx.outputs lists {outputs.Count} outputs; a {task} model has {expected.Length} ({string.Join(", ", expected.Select(e => e.Item1))})"));
            return;
        }

        for (var i = 0; i < expected.Length; i++)
        {
            var (role, size) = expected[i];
            var output = outputs[i];
            if (!string.Equals(output.Role, role, StringComparison.Ordinal))
            {
                errors.Add(new(BaselinePackageErrorCode.OutputMismatch, $"output {i + 1} (\"{output.Name}\") has role \"{output.Role}\"; expected \"{role}\""));
            }

            if (DeclaredWidth(output) != size)
            {
                errors.Add(new(BaselinePackageErrorCode.OutputMismatch, $"output \"{output.Name}\" is declared with shape {Shape(output.Shape)}; its {size} {role} labels need [batch, {size}]"));
            }
        }
    }

    public static void CheckDecoding(ManifestDecoding rule, TaskKind task, List<BaselinePackageError> errors)
    {
        if (task == TaskKind.CDrugRed)
        {
            if (rule.Kind != "threshold" || rule.Threshold is not { } t || t is < 0 or > 1)
            {
                errors.Add(Decoding("a CDrugRed package needs decoding kind \"threshold\" with a threshold between 0 and 1"));
            }

            CheckCounts(rule.MinCount, rule.MaxCount, "minCount", "maxCount", errors);
        }
        else
        {
            if (rule.Kind != "icd" || rule.AdditionalThreshold is not { } t || t is < 0 or > 1)
            {
                errors.Add(Decoding("an ICD package needs decoding kind \"icd\" with an additionalThreshold between 0 and 1"));
            }

            if (rule.MaxAdditional is < 1)
            {
                errors.Add(Decoding($"decoding.maxAdditional is {rule.MaxAdditional}; the task requires at least one additional code"));
            }

            CheckCounts(rule.MinAdditional, rule.MaxAdditional, "minAdditional", "maxAdditional", errors);
        }
    }

    public static int? DeclaredWidth(ManifestTensor tensor) =>
        tensor.Shape.Count == 2 && tensor.Shape[1].ValueKind == JsonValueKind.Number && tensor.Shape[1].TryGetInt32(out var width) ? width : null;

    public static string Shape(IEnumerable<JsonElement> shape) => "[" + string.Join(", ", shape.Select(d => d.ValueKind == JsonValueKind.String ? d.GetString() : d.GetRawText())) + "]";

    private static void CheckCounts(int? min, int? max, string minName, string maxName, List<BaselinePackageError> errors)
    {
        if (min is < 0)
        {
            errors.Add(Decoding($"decoding.{minName} is {min}; it cannot be negative"));
        }

        if (min is { } low && max is { } high && low > high)
        {
            errors.Add(Decoding($"decoding.{minName} ({low}) is larger than decoding.{maxName} ({high})"));
        }
    }

    private static void CompareLabels(string name, IReadOnlyList<string>? labels, IReadOnlyList<string> expected, string what, List<BaselinePackageError> errors)
    {
        if (labels is null)
        {
            errors.Add(new(BaselinePackageErrorCode.LabelMismatch, $"labels.{name} is missing; it must list {what}"));
            return;
        }

        if (labels.Count != expected.Count)
        {
            errors.Add(new(BaselinePackageErrorCode.LabelMismatch, $"labels.{name} has {labels.Count} labels but {what} has {expected.Count}; retrain with that list"));
            return;
        }

        var expectedSet = expected.Select(Normalize).ToHashSet(StringComparer.Ordinal);
        var unknown = labels.Where(l => !expectedSet.Contains(Normalize(l))).ToArray();
        var duplicates = labels.GroupBy(Normalize, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        if (unknown.Length > 0)
        {
            errors.Add(new(BaselinePackageErrorCode.LabelMismatch, $"labels.{name} has {unknown.Length} labels not in {what}, e.g. {string.Join(", ", unknown.Take(5).Select(u => $"\"{u}\""))}"));
        }

        if (duplicates.Length > 0)
        {
            errors.Add(new(BaselinePackageErrorCode.LabelMismatch, $"labels.{name} repeats {string.Join(", ", duplicates.Take(5).Select(d => $"\"{d}\""))}"));
        }
    }

    // Labels compare the way submissions do (docs/scoring-rules.md rule 6): NFKC, trimmed.
    private static string Normalize(string label) => label.Normalize(NormalizationForm.FormKC).Trim();

    private static BaselinePackageError Invalid(string message) => new(BaselinePackageErrorCode.InvalidManifest, message);

    private static BaselinePackageError Decoding(string message) => new(BaselinePackageErrorCode.InvalidDecoding, message);
}
