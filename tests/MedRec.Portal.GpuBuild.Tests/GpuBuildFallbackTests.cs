using MedRec.Portal.Infrastructure.Baseline;
using MedRec.Portal.Infrastructure.Baseline.Inference;
using MedRec.Portal.Infrastructure.Baseline.Packages;
using MedRec.Portal.Infrastructure.Baseline.Records;
using MedRec.Portal.Domain.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.ML.OnnxRuntime;

namespace MedRec.Portal.GpuBuild.Tests;

/// <summary>
/// The GPU build (Microsoft.ML.OnnxRuntime.Gpu) on a machine without a usable GPU: the runner asks for CUDA because
/// the runtime lists it, CUDA cannot start, the fallback is logged as a warning, and the demo models give the same
/// probabilities as the CPU build (the parity values in the manifests, which the CPU build's BaselineParityTests
/// check too) on the CPU provider. On a machine with a GPU the test is skipped: there the CUDA provider starts.
/// </summary>
public sealed class GpuBuildFallbackTests
{
    [Fact]
    public void TheGpuPackageListsTheCudaProvider()
    {
        OrtEnv.Instance().GetAvailableProviders().ShouldContain(ExecutionProviderSelector.CudaProviderName);
    }

    [Theory]
    [InlineData(TaskKind.CDrugRed)]
    [InlineData(TaskKind.Icd)]
    public async Task WithoutAGpuTheCudaRequestFallsBackToTheCpuWithTheCpuBuildsPredictions(TaskKind task)
    {
        var logger = new RecordingLogger();
        using var cache = new BaselineSessionCache(logger, allowGpu: true);
        var directory = DemoBaselineModels.Directory(task);
        var expectation = task == TaskKind.CDrugRed
            ? BaselinePackageExpectation.ForCDrugRed(DemoCandidates(directory))
            : BaselinePackageExpectation.ForIcd();

        // Load verifies parity: the outputs of the saved cases equal the trainer's values within 1e-5.
        var load = new BaselinePackageLoader(cache).Load(directory, expectation);
        foreach (var entry in logger.Entries)
        {
            // dotnet test --logger "console;verbosity=detailed" shows what the runner logged (the CUDA request and fallback)
            TestContext.Current.TestOutputHelper?.WriteLine($"{entry.Level}: {entry.Message} {entry.Exception?.GetType().Name}");
        }

        load.Errors.ShouldBeEmpty();
        if (logger.Entries.Any(e => e.Message.Contains("runs on Cuda", StringComparison.Ordinal)))
        {
            Assert.Skip("this machine has a usable GPU: the CUDA provider started, there is no fallback to see");
        }

        logger.Entries.ShouldContain(e => e.Level == LogLevel.Warning && e.Exception != null
            && e.Message.Contains("the CUDA provider failed, falling back to the CPU", StringComparison.Ordinal));
        logger.Entries.ShouldContain(e => e.Message.Contains("runs on Cpu: the CUDA provider failed to start", StringComparison.Ordinal));

        var package = load.Package!;
        var cases = package.Manifest.Parity!.Cases;
        var records = cases.Select(c => new BaselineInputRecord(c.Name,
            c.Record.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal))).ToArray();
        var run = await new BaselineRunner(cache).RunAsync(package, records, cancellationToken: TestContext.Current.CancellationToken);
        run.Provider.ShouldBe(BaselineExecutionProvider.Cpu);
        for (var i = 0; i < cases.Count; i++)
        {
            for (var o = 0; o < package.Manifest.Onnx.Outputs.Count; o++)
            {
                var name = package.Manifest.Onnx.Outputs[o].Name;
                var (difference, index) = BaselineParityCheck.MaxDifference(run.Scores[i].Outputs[o], cases[i].Outputs[name]);
                difference.ShouldBeLessThanOrEqualTo(1e-5, $"case {cases[i].Name}, output {name}[{index}]");
            }
        }
    }

    private static string[] DemoCandidates(string directory)
    {
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, "model.json")));
        return manifest.RootElement.GetProperty("labels").GetProperty("labels").EnumerateArray().Select(e => e.GetString()!).ToArray();
    }

    private sealed record Entry(LogLevel Level, string Message, Exception? Exception);

    private sealed class RecordingLogger : ILogger<BaselineSessionCache>
    {
        private readonly List<Entry> _entries = [];

        public IReadOnlyList<Entry> Entries
        {
            get { lock (_entries) { return [.. _entries]; } }
        }

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (_entries) { _entries.Add(new Entry(logLevel, formatter(state, exception), exception)); }
        }
    }
}
