using MedRec.Portal.Infrastructure.Baseline.Manifest;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace MedRec.Portal.Infrastructure.Baseline.Packages;

/// <summary>Checks that the loaded graph has the input and outputs the manifest declares.</summary>
internal static class GraphChecks
{
    public static void Check(InferenceSession session, BaselineManifest manifest, List<BaselinePackageError> errors)
    {
        var input = manifest.Onnx.Input;
        var inputs = session.InputMetadata;
        if (inputs.Count != 1 || !inputs.TryGetValue(input.Name, out var inputMeta))
        {
            errors.Add(new(BaselinePackageErrorCode.InputMismatch, $"the graph's inputs are [{string.Join(", ", inputs.Keys)}]; the manifest expects exactly one, \"{input.Name}\""));
        }
        else
        {
            if (inputMeta.ElementDataType != TensorElementType.Int64)
            {
                errors.Add(new(BaselinePackageErrorCode.InputMismatch, $"the graph's input \"{input.Name}\" is {inputMeta.ElementDataType}; token ids must be int64"));
            }

            if (!Matches(inputMeta.Dimensions, manifest.Input.MaxLength))
            {
                errors.Add(new(BaselinePackageErrorCode.InputMismatch, $"the graph's input \"{input.Name}\" has shape {Shape(inputMeta.Dimensions)}; the manifest's maxLength needs [batch, {manifest.Input.MaxLength}]"));
            }
        }

        var outputs = session.OutputMetadata;
        foreach (var output in manifest.Onnx.Outputs)
        {
            if (!outputs.TryGetValue(output.Name, out var meta))
            {
                errors.Add(new(BaselinePackageErrorCode.OutputMismatch, $"the graph has no output \"{output.Name}\" (it has {string.Join(", ", outputs.Keys)})"));
                continue;
            }

            if (meta.ElementDataType != TensorElementType.Float)
            {
                errors.Add(new(BaselinePackageErrorCode.OutputMismatch, $"the graph's output \"{output.Name}\" is {meta.ElementDataType}; probabilities must be float32"));
            }

            var width = ManifestChecks.DeclaredWidth(output);
            if (width is null || !Matches(meta.Dimensions, width.Value))
            {
                errors.Add(new(BaselinePackageErrorCode.OutputMismatch, $"the graph's output \"{output.Name}\" has shape {Shape(meta.Dimensions)}; the manifest declares {ManifestChecks.Shape(output.Shape)}"));
            }
        }
    }

    // A dynamic batch axis shows as -1 (or 0); the second axis must be the declared width.
    private static bool Matches(int[] dimensions, int width) => dimensions.Length == 2 && dimensions[0] <= 0 && dimensions[1] == width;

    private static string Shape(int[] dimensions) => "[" + string.Join(", ", dimensions.Select(d => d <= 0 ? "batch" : d.ToString(System.Globalization.CultureInfo.InvariantCulture))) + "]";
}
