using MedRec.Portal.DemoData;
using MedRec.Portal.Domain.Tasks;

namespace MedRec.Portal.Cli.Tests.Commands;

public sealed class DemoDataCommandTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "medrec-cli-demo-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData("cdrugred", TaskKind.CDrugRed)]
    [InlineData("icd", TaskKind.Icd)]
    public async Task WritesEveryDemoFileAndListsThem(string taskName, TaskKind task)
    {
        var output = Path.Combine(root, taskName);

        var run = await CliRun.RunAsync("demo-data", "--task", taskName, "--out", output, "--records", "12", "--seed", "4");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("SYNTHETIC");
        run.Out.ShouldContain("12 input records, 48 training records");
        foreach (var name in DemoDataGenerator.FileNames(task))
        {
            File.Exists(Path.Combine(output, name)).ShouldBeTrue(name);
            run.Out.ShouldContain(name);
        }
    }

    [Fact]
    public async Task WritesTheSameFilesAsTheLibraryForTheSameSeed()
    {
        var output = Path.Combine(root, "same");

        await CliRun.RunAsync("demo-data", "--task", "icd", "--out", output, "--records", "5", "--train-records", "7", "--seed", "99");

        var expected = DemoDataGenerator.Generate(TaskKind.Icd, new DemoDataOptions { Records = 5, TrainRecords = 7, Seed = 99 });
        foreach (var file in expected.Files)
        {
            File.ReadAllBytes(Path.Combine(output, file.FileName)).ShouldBe(file.Content.ToArray(), file.FileName);
        }
    }

    [Fact]
    public async Task ReportsWhatItWroteAsJson()
    {
        var output = Path.Combine(root, "json");

        var run = await CliRun.RunAsync("demo-data", "--task", "cdrugred", "--out", output, "--records", "3", "--json");

        run.ExitCode.ShouldBe(0);
        var json = run.Json();
        json.GetProperty("task").GetString().ShouldBe("cdrugred");
        json.GetProperty("directory").GetString().ShouldBe(Path.GetFullPath(output));
        json.GetProperty("records").GetInt32().ShouldBe(3);
        json.GetProperty("train_records").GetInt32().ShouldBe(12);
        json.GetProperty("seed").GetInt32().ShouldBe(2025);
        json.GetProperty("files").GetArrayLength().ShouldBe(6);
    }

    [Theory]
    [InlineData("0", "--records must be between 1")]
    [InlineData("abc", "abc")]
    public async Task RejectsABadRecordCount(string records, string reason)
    {
        var run = await CliRun.RunAsync("demo-data", "--task", "icd", "--out", Path.Combine(root, "bad"), "--records", records);

        run.ShouldBeUsageError(reason);
        Directory.Exists(Path.Combine(root, "bad")).ShouldBeFalse();
    }

    [Fact]
    public async Task AnOutputPathThatIsAFileIsAUsageError()
    {
        Directory.CreateDirectory(root);
        var file = Path.Combine(root, "occupied");
        await File.WriteAllTextAsync(file, "x", TestContext.Current.CancellationToken);

        var run = await CliRun.RunAsync("demo-data", "--task", "icd", "--out", file);

        run.ShouldBeUsageError("is a file");
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
