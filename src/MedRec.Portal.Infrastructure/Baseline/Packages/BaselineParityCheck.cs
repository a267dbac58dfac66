using System.Globalization;
using System.Text.Json;
using MedRec.Portal.Infrastructure.Baseline.Inference;
using MedRec.Portal.Infrastructure.Baseline.Manifest;
using Microsoft.ML.OnnxRuntime;

namespace MedRec.Portal.Infrastructure.Baseline.Packages;

/// <summary>
/// Runs the manifest's fixed inputs and compares with what PyTorch computed at export time: first the token ids
/// (the tokenizers agree), then every output value (the graph agrees), within the manifest's tolerance.
/// </summary>
public static class BaselineParityCheck
{
    /// <summary>The parity problems found (empty when the runner reproduces the export).</summary>
    public static IReadOnlyList<BaselinePackageError> Verify(BaselinePackage package, BaselineSession session)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(session);
        var parity = package.Manifest.Parity;
        if (parity is null || parity.Cases.Count == 0)
        {
            return [];
        }

        var errors = new List<BaselinePackageError>();
        using var runOptions = new RunOptions();
        foreach (var testCase in parity.Cases)
        {
            if (testCase.Record.ValueKind != JsonValueKind.Object)
            {
                errors.Add(Mismatch($"parity case \"{testCase.Name}\": record is not a JSON object"));
                continue;
            }

            var fields = testCase.Record.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
            var ids = package.Tokenizer.Encode(fields);
            var firstDifference = FirstDifference(ids, testCase.InputIds);
            if (firstDifference is { } at)
            {
                errors.Add(Mismatch($"parity case \"{testCase.Name}\": the tokenizer gives id {ids[at]} at position {at}, the trainer gave {(at < testCase.InputIds.Count ? testCase.InputIds[at] : 0)}"));
                continue;
            }

            var outputs = BaselineInference.ScoreIds(session, package, ids, 1, runOptions)[0];
            for (var o = 0; o < package.Manifest.Onnx.Outputs.Count; o++)
            {
                var name = package.Manifest.Onnx.Outputs[o].Name;
                if (!testCase.Outputs.TryGetValue(name, out var expected) || expected.Count != outputs[o].Length)
                {
                    errors.Add(Mismatch($"parity case \"{testCase.Name}\": no saved values of the right length for output \"{name}\""));
                    continue;
                }

                var (worst, index) = MaxDifference(outputs[o], expected);
                if (worst > parity.Tolerance)
                {
                    errors.Add(Mismatch(string.Create(CultureInfo.InvariantCulture, $"parity case \"{testCase.Name}\": output \"{name}\"[{index}] is {outputs[o][index]:R}, PyTorch gave {expected[index]:R} (difference {worst:E2} > tolerance {parity.Tolerance:E0})")));
                }
            }
        }

        return errors;
    }

    /// <summary>The largest absolute difference between the runner's and the saved values, and where.</summary>
    public static (double Difference, int Index) MaxDifference(IReadOnlyList<float> actual, IReadOnlyList<double> expected)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(expected);
        var worst = 0d;
        var index = 0;
        for (var i = 0; i < Math.Min(actual.Count, expected.Count); i++)
        {
            var difference = Math.Abs(actual[i] - expected[i]);
            if (difference > worst)
            {
                worst = difference;
                index = i;
            }
        }

        return (worst, index);
    }

    // Saved ids omit the trailing padding; the rest of the row must be padding.
    private static int? FirstDifference(long[] ids, IReadOnlyList<long> saved)
    {
        for (var i = 0; i < ids.Length; i++)
        {
            var expected = i < saved.Count ? saved[i] : 0;
            if (ids[i] != expected)
            {
                return i;
            }
        }

        return saved.Count > ids.Length ? ids.Length - 1 : null;
    }

    private static BaselinePackageError Mismatch(string message) => new(BaselinePackageErrorCode.ParityMismatch, message);
}
