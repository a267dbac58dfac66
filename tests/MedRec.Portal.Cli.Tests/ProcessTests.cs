using System.Diagnostics;
using MedRec.Portal.DemoData;
using MedRec.Portal.Domain.Tasks;

namespace MedRec.Portal.Cli.Tests;

/// <summary>Runs the built <c>medrec</c> as a separate process: the real entry point, console encoding and exit codes.</summary>
public sealed class ProcessTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "medrec-process-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task AFreshProcessWritesByteIdenticalDemoDataForTheSameSeed()
    {
        // A new process has a new string-hash seed: this catches output that depends on hash ordering.
        var result = await RunAsync("demo-data", "--task", "cdrugred", "--out", root, "--records", "20", "--seed", "77");

        result.ExitCode.ShouldBe(0, result.Error);
        var expected = DemoDataGenerator.Generate(TaskKind.CDrugRed, new DemoDataOptions { Records = 20, Seed = 77 });
        foreach (var file in expected.Files)
        {
            (await File.ReadAllBytesAsync(Path.Combine(root, file.FileName), TestContext.Current.CancellationToken))
                .ShouldBe(file.Content.ToArray(), file.FileName);
        }
    }

    [Fact]
    public async Task TheProcessExitCodesAreTheDocumentedOnes()
    {
        DemoDataGenerator.Write(TaskKind.Icd, root, new DemoDataOptions { Records = 10, Seed = 3 });
        var inputs = Path.Combine(root, "inputs.json");
        var bad = Path.Combine(root, "bad.json");
        await File.WriteAllTextAsync(bad, """[{"病案标识": "不存在", "预测结果": "[I20.000|E78.500]"}]""", TestContext.Current.CancellationToken);

        var valid = await RunAsync("validate", "--task", "icd", "--inputs", inputs, "--submission", Path.Combine(root, "sample-submission.json"));
        var rejected = await RunAsync("validate", "--task", "icd", "--inputs", inputs, "--submission", bad, "--json");
        var usage = await RunAsync("validate", "--task", "icd");

        valid.ExitCode.ShouldBe(0);
        rejected.ExitCode.ShouldBe(2);
        rejected.Output.ShouldContain("\"id\": \"不存在\"", Case.Sensitive, "UTF-8 Chinese must survive the process boundary");
        usage.ExitCode.ShouldBe(1);
        usage.Error.Trim().ShouldStartWith("error: ");
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        // The SDK sets DOTNET_HOST_PATH for the processes it starts; fall back to the muxer on PATH.
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path ? path : "dotnet";
        var start = new ProcessStartInfo(host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "medrec.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started.");
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output, await error);
    }
}
