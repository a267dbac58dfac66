using System.Text.Json;

namespace MedRec.Portal.Cli.Tests.Commands;

public sealed class AnalyzeCommandTests(DemoFolder demo) : IClassFixture<DemoFolder>
{
    private string IcdGold => Path.Combine(demo.Icd, "gold.json");

    private string IcdSample => Path.Combine(demo.Icd, "sample-submission.json");

    [Fact]
    public async Task PrintsTheContractsJsonObjectWithScoresEqualToMedrecScore()
    {
        var perfect = PerfectIcd();
        var run = await AnalyzeIcdAsync("--json", "--bootstrap", "200", "--seed", "5", "--submission", $"sample={IcdSample}", "--submission", $"perfect={perfect}");

        run.ExitCode.ShouldBe(0, run.Error);
        var json = run.Json();
        json.EnumerateObject().Select(p => p.Name).ShouldBe(["task", "records", "metric", "bootstrap", "seed", "entries", "pairs", "labels", "hardest"]);
        json.GetProperty("task").GetString().ShouldBe("icd");
        json.GetProperty("records").GetInt32().ShouldBe(40);
        json.GetProperty("metric").GetString().ShouldBe("acc");
        json.GetProperty("bootstrap").GetInt32().ShouldBe(200);
        json.GetProperty("seed").GetInt32().ShouldBe(5);

        var entries = json.GetProperty("entries").EnumerateArray().ToList();
        entries.Select(e => e.GetProperty("name").GetString()).ShouldBe(["perfect", "sample"]);
        entries[0].EnumerateObject().Select(p => p.Name).ShouldBe(["name", "score", "ci_low", "ci_high", "rank", "band", "labels"]);
        foreach (var (entry, file) in entries.Zip(new[] { perfect, IcdSample }))
        {
            var scored = await CliRun.RunAsync("score", "--task", "icd", "--gold", IcdGold, "--submission", file, "--json");
            entry.GetProperty("score").GetRawText().ShouldBe(scored.Json().GetProperty("metrics").GetProperty("acc").GetRawText(), "to the last digit");
            entry.GetProperty("ci_low").GetDouble().ShouldBeLessThanOrEqualTo(entry.GetProperty("score").GetDouble());
            entry.GetProperty("ci_high").GetDouble().ShouldBeGreaterThanOrEqualTo(entry.GetProperty("score").GetDouble());
        }

        entries.Select(e => e.GetProperty("rank").GetInt32()).ShouldBe([1, 2]);
        entries.Select(e => e.GetProperty("band").GetInt32()).ShouldBe([1, 2], "gold as predictions is clearly better than the noisy sample");
        var pair = json.GetProperty("pairs").EnumerateArray().Single();
        pair.EnumerateObject().Select(p => p.Name).ShouldBe(["a", "b", "difference", "p_value"]);
        pair.GetProperty("a").GetString().ShouldBe("perfect");
        pair.GetProperty("p_value").GetDouble().ShouldBeLessThan(0.05);

        var labels = json.GetProperty("labels").EnumerateArray().ToList();
        labels.Count(l => l.GetProperty("kind").GetString() == "primary").ShouldBe(5);
        labels.Count(l => l.GetProperty("kind").GetString() == "additional").ShouldBeGreaterThanOrEqualTo(53);
        labels[0].EnumerateObject().Select(p => p.Name).ShouldBe(["label", "kind", "support", "predicted", "precision", "recall", "f1"]);
        json.GetProperty("hardest").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task IdenticalFilesShareABandWithPOne()
    {
        var run = await AnalyzeIcdAsync("--json", "--submission", $"a={IcdSample}", "--submission", $"b={IcdSample}");

        run.ExitCode.ShouldBe(0, run.Error);
        var json = run.Json();
        json.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("band").GetInt32()).ShouldBe([1, 1]);
        json.GetProperty("pairs")[0].GetProperty("p_value").GetDouble().ShouldBe(1.0);
        json.GetProperty("bootstrap").GetInt32().ShouldBe(1000);
    }

    [Fact]
    public async Task TheSameSeedPrintsTheSameAnalysis()
    {
        string[] args = ["--json", "--bootstrap", "300", "--submission", $"s={IcdSample}", "--submission", $"p={PerfectIcd()}"];
        var first = await AnalyzeIcdAsync([.. args, "--seed", "9"]);
        var again = await AnalyzeIcdAsync([.. args, "--seed", "9"]);
        var other = await AnalyzeIcdAsync([.. args, "--seed", "10"]);

        again.Out.ShouldBe(first.Out);
        other.Json().GetProperty("entries")[1].GetProperty("ci_low").GetDouble()
            .ShouldNotBe(first.Json().GetProperty("entries")[1].GetProperty("ci_low").GetDouble());
    }

    [Fact]
    public async Task AnalysesCDrugRedWithEveryCandidateDrugAsALabel()
    {
        var candidates = Path.Combine(demo.CDrugRed, "candidates.json");
        var run = await CliRun.RunAsync("analyze", "--task", "cdrugred", "--gold", Path.Combine(demo.CDrugRed, "gold.jsonl"), "--candidates", candidates,
            "--submission", $"sample={Path.Combine(demo.CDrugRed, "sample-submission.json")}", "--json");

        run.ExitCode.ShouldBe(0, run.Error);
        var drugs = JsonDocument.Parse(File.ReadAllText(candidates)).RootElement.GetArrayLength();
        var labels = run.Json().GetProperty("labels").EnumerateArray().ToList();
        labels.Count.ShouldBeGreaterThanOrEqualTo(drugs);
        labels.ShouldAllBe(l => l.GetProperty("kind").GetString() == "drug");
        run.Json().GetProperty("metric").GetString().ShouldBe("score");
    }

    [Fact]
    public async Task ARejectedSubmissionExitsTwoAndNamesTheEntry()
    {
        var bad = demo.Write("analyze-bad-icd.json", """[{"病案标识": "nobody", "预测结果": "[I21.401|E11.900]"}]""");

        var run = await AnalyzeIcdAsync("--json", "--submission", $"good={IcdSample}", "--submission", $"bad={bad}");

        run.ExitCode.ShouldBe(2);
        var json = run.Json();
        json.GetProperty("submission").GetString().ShouldBe("bad");
        json.GetProperty("error_count").GetInt32().ShouldBeGreaterThan(0);
        json.GetProperty("errors").GetArrayLength().ShouldBeGreaterThan(0);

        var human = await AnalyzeIcdAsync("--submission", $"bad={bad}");
        human.ExitCode.ShouldBe(2);
        human.Out.ShouldContain("submission bad");
        human.Out.ShouldContain("REJECTED");
    }

    [Theory]
    [InlineData("noequals", "NAME=FILE")]
    [InlineData("=file.json", "NAME=FILE")]
    [InlineData("name=", "NAME=FILE")]
    public async Task AnEntryWithoutNameOrFileIsAUsageError(string value, string reason)
    {
        (await AnalyzeIcdAsync("--submission", value)).ShouldBeUsageError(reason);
    }

    [Fact]
    public async Task UsageErrorsExitOne()
    {
        (await AnalyzeIcdAsync("--submission", $"a={IcdSample}", "--submission", $"a={IcdSample}")).ShouldBeUsageError("given twice");
        (await AnalyzeIcdAsync("--submission", $"a={IcdSample}", "--bootstrap", "0")).ShouldBeUsageError("--bootstrap must be between 1");
        (await AnalyzeIcdAsync("--submission", "a=/no/such/file.json")).ShouldBeUsageError("file not found");
        (await CliRun.RunAsync("analyze", "--task", "icd", "--gold", IcdGold)).ShouldBeUsageError("--submission");
    }

    [Fact]
    public async Task TheReadableSummaryListsRanksBandsIntervalsAndAdjacentPairs()
    {
        var run = await AnalyzeIcdAsync("--bootstrap", "100", "--submission", $"sample={IcdSample}", "--submission", $"perfect={PerfectIcd()}");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldMatch(@"(?m)^\s+1\s+1\s+1\.0000\s+\[1\.0000, 1\.0000\]\s+perfect$");
        run.Out.ShouldMatch(@"(?m)^\s+2\s+2\s+0\.\d{4}\s+\[0\.\d{4}, 0\.\d{4}\]\s+sample$");
        run.Out.ShouldContain("perfect vs sample: difference");
    }

    private Task<CliRun> AnalyzeIcdAsync(params string[] args) => CliRun.RunAsync(["analyze", "--task", "icd", "--gold", IcdGold, .. args]);

    // The gold itself in the submission format: Acc 1 on every record.
    private string PerfectIcd()
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(IcdGold));
        var rows = gold.RootElement.EnumerateArray().Select(r => new Dictionary<string, string>
        {
            ["病案标识"] = r.GetProperty("病案标识").GetString()!,
            ["预测结果"] = $"[{r.GetProperty("主要诊断编码").GetString()}|{r.GetProperty("其他诊断编码").GetString()}]",
        });
        return demo.Write("analyze-perfect-icd.json", JsonSerializer.Serialize(rows));
    }
}
