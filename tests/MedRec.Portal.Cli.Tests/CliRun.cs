using System.Text.Json;

namespace MedRec.Portal.Cli.Tests;

/// <summary>What one in-process run of <c>medrec</c> returned and printed.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = await CliApplication.RunAsync(args, stdout, stderr, TestContext.Current.CancellationToken);
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Stdout parsed as exactly one JSON object (parsing fails on anything before or after it).</summary>
    public JsonElement Json()
    {
        using var document = JsonDocument.Parse(Out);
        document.RootElement.ValueKind.ShouldBe(JsonValueKind.Object);
        return document.RootElement.Clone();
    }

    /// <summary>Asserts a usage or I/O failure: exit 1, nothing on stdout, one line on stderr containing <paramref name="reason"/>.</summary>
    public void ShouldBeUsageError(string reason)
    {
        ExitCode.ShouldBe(1, $"stderr: {Error}");
        Out.ShouldBeEmpty();
        Error.TrimEnd('\n', '\r').ShouldNotContain('\n');
        Error.ShouldStartWith("error: ");
        Error.ShouldContain(reason, Case.Insensitive);
    }
}
