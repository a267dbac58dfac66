using System.Text.Json;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Infrastructure.Baseline.Inference;
using MedRec.Portal.Infrastructure.Baseline.Packages;
using MedRec.Portal.Infrastructure.Baseline.Records;

namespace MedRec.Portal.Infrastructure.Tests.Baseline;

/// <summary>The runner reproduces, within 1e-5, the probabilities the trainer (PyTorch or numpy) computed at export time for the fixed inputs.</summary>
public sealed class BaselineParityTests
{
    [Theory]
    [InlineData(TaskKind.CDrugRed)]
    [InlineData(TaskKind.Icd)]
    public async Task RunnerOutputsMatchThePyTorchOutputsSavedAtExport(TaskKind task) => await RunAndCompare(task, batchSize: 32);

    // The linear graph cuts the batch to its longest record (TfIdfVectorizer looks at every position, padding too):
    // alone, each case is cut to its own length, and the outputs must not change.
    [Theory]
    [InlineData(TaskKind.CDrugRed)]
    [InlineData(TaskKind.Icd)]
    public async Task RunnerOutputsMatchTheSavedOutputsForEachCaseAlone(TaskKind task) => await RunAndCompare(task, batchSize: 1);

    private static async Task RunAndCompare(TaskKind task, int batchSize)
    {
        using var cache = TestPackages.NewCache();
        var expectation = TestPackages.Expectation(task) with { VerifyParity = false };
        var package = new BaselinePackageLoader(cache).Load(TestPackages.DemoDirectory(task), expectation).Package!;
        var cases = package.Manifest.Parity!.Cases;
        cases.Count.ShouldBeGreaterThanOrEqualTo(3);
        var records = cases
            .Select(c => new BaselineInputRecord(c.Name, c.Record.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal)))
            .ToArray();

        // Batched together (32), so padding rows of other records cannot leak into a record's result either.
        var run = await new BaselineRunner(cache).RunAsync(package, records, options: new BaselineRunOptions { BatchSize = batchSize }, cancellationToken: TestContext.Current.CancellationToken);

        for (var i = 0; i < cases.Count; i++)
        {
            for (var o = 0; o < package.Manifest.Onnx.Outputs.Count; o++)
            {
                var name = package.Manifest.Onnx.Outputs[o].Name;
                var expected = cases[i].Outputs[name];
                run.Scores[i].Outputs[o].Length.ShouldBe(expected.Count);
                var (difference, index) = BaselineParityCheck.MaxDifference(run.Scores[i].Outputs[o], expected);
                difference.ShouldBeLessThanOrEqualTo(1e-5, $"case {cases[i].Name}, output {name}[{index}]");
            }
        }
    }

    [Theory]
    [InlineData(TaskKind.CDrugRed)]
    [InlineData(TaskKind.Icd)]
    public void TokenizerProducesTheTrainersIdsForTheFixedInputs(TaskKind task)
    {
        using var cache = TestPackages.NewCache();
        var package = TestPackages.LoadDemo(task, cache);

        foreach (var testCase in package.Manifest.Parity!.Cases)
        {
            var fields = testCase.Record.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
            var ids = package.Tokenizer.Encode(fields);
            var expected = testCase.InputIds.Concat(Enumerable.Repeat(0L, ids.Length - testCase.InputIds.Count));
            ids.ShouldBe(expected, $"case {testCase.Name}");
        }
    }

    [Fact]
    public void FixedInputsCoverEmptyListNumberAndOverlongValues()
    {
        using var cache = TestPackages.NewCache();
        var package = TestPackages.LoadDemo(TaskKind.Icd, cache);
        var records = package.Manifest.Parity!.Cases.Select(c => c.Record).ToArray();

        records.ShouldContain(r => r.EnumerateObject().Any(p => p.Value.ValueKind == JsonValueKind.Array));
        records.ShouldContain(r => r.EnumerateObject().Any(p => p.Value.ValueKind == JsonValueKind.Number));
        package.Manifest.Parity.Cases.ShouldContain(c => c.InputIds.Count == package.Manifest.Input.MaxLength);
    }
}
