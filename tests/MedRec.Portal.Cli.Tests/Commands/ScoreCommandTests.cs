using System.Text.Json;
using MedRec.Portal.Scoring;
using MedRec.Portal.Scoring.Gold;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.Cli.Tests.Commands;

public sealed class ScoreCommandTests(DemoFolder demo) : IClassFixture<DemoFolder>
{
    [Fact]
    public async Task ScoresACDrugRedSubmissionAndPrintsTheMetricsAsOneJsonObject()
    {
        var run = await ScoreCDrugRedAsync(Path.Combine(demo.CDrugRed, "sample-submission.json"), "--json");

        run.ExitCode.ShouldBe(0);
        run.Error.ShouldBeEmpty();
        var json = run.Json();
        json.EnumerateObject().Select(p => p.Name).ShouldBe(["task", "records", "metrics", "warnings"]);
        json.GetProperty("task").GetString().ShouldBe("cdrugred");
        json.GetProperty("records").GetInt32().ShouldBe(40);
        json.GetProperty("metrics").EnumerateObject().Select(p => p.Name).ShouldBe(["score", "jaccard", "f1", "precision", "recall"]);
        json.GetProperty("warnings").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task JsonMetricsAreTheScorersFullPrecisionValues()
    {
        var submission = Path.Combine(demo.Icd, "sample-submission.json");

        var run = await CliRun.RunAsync("score", "--task", "icd", "--gold", Path.Combine(demo.Icd, "gold.json"), "--submission", submission, "--json");

        await using var goldStream = File.OpenRead(Path.Combine(demo.Icd, "gold.json"));
        var gold = GoldSet.Read(IcdTaskDefinition.Instance, goldStream);
        await using var submissionStream = File.OpenRead(submission);
        var expected = SubmissionScorer.Score(IcdTaskDefinition.Instance, gold, submissionStream).ShouldBeOfType<ScoredSubmission>().Result.Metrics;
        var metrics = run.Json().GetProperty("metrics");
        metrics.EnumerateObject().Select(p => p.Name).ShouldBe(["acc", "main_accuracy", "other_recall", "other_precision", "other_f1"]);
        foreach (var metric in expected)
        {
            metrics.GetProperty(metric.Key).GetDouble().ShouldBe(metric.Value);
        }
    }

    [Fact]
    public async Task TheReadableSummaryShowsEveryMetricToFourDecimals()
    {
        var run = await ScoreCDrugRedAsync(Path.Combine(demo.CDrugRed, "sample-submission.json"));

        run.ExitCode.ShouldBe(0);
        run.Out.ShouldContain("scored 40 records");
        foreach (var name in new[] { "Score", "Jaccard", "F1", "Precision", "Recall" })
        {
            run.Out.ShouldMatch($@"(?m)^\s+{name}\s+0\.\d{{4}}");
        }

        run.Out.ShouldContain("Warnings: none.");
    }

    [Fact]
    public async Task GoldSubmittedAsPredictionsScoresOne()
    {
        var rows = File.ReadLines(Path.Combine(demo.CDrugRed, "gold.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(r => new { ID = r.GetProperty("就诊标识").GetString(), prediction = r.GetProperty("出院带药列表") });
        var perfect = demo.Write("perfect-cdrugred.json", JsonSerializer.Serialize(rows));

        var run = await ScoreCDrugRedAsync(perfect);

        run.ExitCode.ShouldBe(0);
        run.Out.ShouldMatch(@"(?m)^\s+Score\s+1\.0000");
    }

    [Fact]
    public async Task ARejectedSubmissionExitsTwoAndListsItsErrorsAsJson()
    {
        var bad = demo.Write("bad-cdrugred.json", """
            [{"ID": "demo-unknown-1", "prediction": ["不存在的药"]},
             {"ID": "demo-unknown-1", "prediction": []}]
            """);

        var run = await ScoreCDrugRedAsync(bad, "--json");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBeEmpty();
        var json = run.Json();
        json.EnumerateObject().Select(p => p.Name).ShouldBe(["task", "errors", "error_count", "warnings"]);
        var errors = json.GetProperty("errors").EnumerateArray().ToList();
        json.GetProperty("error_count").GetInt32().ShouldBe(errors.Count);
        errors.ShouldAllBe(e => e.EnumerateObject().Select(p => p.Name).SequenceEqual(new[] { "code", "message", "record", "id", "line", "column" }));
        var unknownDrug = errors.Single(e => e.GetProperty("code").GetString() == "label.unknown");
        unknownDrug.GetProperty("record").GetInt32().ShouldBe(1);
        unknownDrug.GetProperty("id").GetString().ShouldBe("demo-unknown-1");
        unknownDrug.GetProperty("line").GetInt32().ShouldBe(1);
        unknownDrug.GetProperty("column").GetInt32().ShouldBeGreaterThan(1);
        var missing = errors.Single(e => e.GetProperty("code").GetString() == "id.missing");
        missing.GetProperty("record").ValueKind.ShouldBe(JsonValueKind.Null);
        missing.GetProperty("line").ValueKind.ShouldBe(JsonValueKind.Null);
        run.Out.ShouldContain("不存在的药", Case.Sensitive, "Chinese must stay readable in the JSON");
    }

    [Fact]
    public async Task A19MegabyteIdentifierGivesASmallRejection()
    {
        // Today's reports quote the bad value three times (message, arguments, id): it must not reach the output whole.
        var huge = new string('9', 19 * 1024 * 1024);
        var bad = demo.Write("huge-id-cdrugred.json", $"[{{\"ID\": \"{huge}\", \"prediction\": []}}]");

        var run = await ScoreCDrugRedAsync(bad, "--json");

        run.ExitCode.ShouldBe(2);
        run.Out.Length.ShouldBeLessThan(4_000);
        var unknown = run.Json().GetProperty("errors").EnumerateArray().Single(e => e.GetProperty("code").GetString() == "id.unknown");
        unknown.GetProperty("record").GetInt32().ShouldBe(1);
        unknown.GetProperty("line").GetInt32().ShouldBe(1);
        unknown.GetProperty("column").GetInt32().ShouldBe(9);
        unknown.GetProperty("id").GetString().ShouldBe(new string('9', 63) + "…");
        unknown.GetProperty("message").GetString().ShouldBe($"Identifier \"{new string('9', 63)}…\" is not in this phase's input set. Predict only the phase's records.");
    }

    [Fact]
    public async Task TheReadableRejectionListsEachErrorWithItsPlaceAndTheTotal()
    {
        var bad = demo.Write("bad-icd.json", """[{"病案标识": "DEMO0000000011", "预测结果": "[I99.999|I10.x00x023]"}]""");

        var run = await CliRun.RunAsync("score", "--task", "icd", "--gold", Path.Combine(demo.Icd, "gold.json"), "--submission", bad);

        run.ExitCode.ShouldBe(2);
        run.Out.ShouldContain("REJECTED");
        run.Out.ShouldMatch(@"Errors: \d+");
        run.Out.ShouldContain("error at line 1, column");
        run.Out.ShouldContain("(record 1, id \"DEMO0000000011\")");
        run.Out.ShouldContain("I99.999");
    }

    [Fact]
    public async Task MaxAdditionalCodesRejectsRecordsThatPredictTooMany()
    {
        var run = await CliRun.RunAsync(
            "score", "--task", "icd", "--gold", Path.Combine(demo.Icd, "gold.json"),
            "--submission", Path.Combine(demo.Icd, "sample-submission.json"), "--max-additional-codes", "1", "--json");

        run.ExitCode.ShouldBe(2);
        run.Json().GetProperty("errors").EnumerateArray().ShouldContain(e => e.GetProperty("code").GetString() == "icd.additional_limit");
    }

    [Fact]
    public async Task CDrugRedWithoutCandidatesIsAUsageError()
    {
        var run = await CliRun.RunAsync(
            "score", "--task", "cdrugred", "--gold", Path.Combine(demo.CDrugRed, "gold.jsonl"),
            "--submission", Path.Combine(demo.CDrugRed, "sample-submission.json"), "--json");

        run.ShouldBeUsageError("--candidates FILE is required for --task cdrugred");
    }

    [Fact]
    public async Task CandidatesForIcdIsAUsageError()
    {
        var run = await CliRun.RunAsync(
            "score", "--task", "icd", "--gold", Path.Combine(demo.Icd, "gold.json"),
            "--submission", Path.Combine(demo.Icd, "sample-submission.json"), "--candidates", Path.Combine(demo.CDrugRed, "candidates.json"));

        run.ShouldBeUsageError("--candidates applies only to --task cdrugred");
    }

    [Fact]
    public async Task AnUnknownTaskIsAUsageErrorListingTheTasks()
    {
        var run = await CliRun.RunAsync("score", "--task", "ner", "--gold", "g.json", "--submission", "s.json");

        run.ShouldBeUsageError("Unknown task 'ner'");
        run.Error.ShouldContain("cdrugred, icd");
    }

    [Fact]
    public async Task AMissingGoldFileIsAnIoErrorNamingTheOption()
    {
        var missing = Path.Combine(demo.Root, "no-such-gold.json");

        var run = await CliRun.RunAsync("score", "--task", "icd", "--gold", missing, "--submission", Path.Combine(demo.Icd, "sample-submission.json"));

        run.ShouldBeUsageError($"--gold file not found: {missing}");
    }

    [Fact]
    public async Task AMissingSubmissionFileIsAnIoError()
    {
        var run = await CliRun.RunAsync("score", "--task", "icd", "--gold", Path.Combine(demo.Icd, "gold.json"), "--submission", Path.Combine(demo.Root, "none.json"));

        run.ShouldBeUsageError("--submission file not found");
    }

    [Fact]
    public async Task AMalformedGoldFileIsAnIoErrorNotARejection()
    {
        var gold = demo.Write("broken-gold.json", """[{"主要诊断编码": "I20.000"}]""");

        var run = await CliRun.RunAsync("score", "--task", "icd", "--gold", gold, "--submission", Path.Combine(demo.Icd, "sample-submission.json"));

        run.ShouldBeUsageError("--gold");
        run.Error.ShouldContain("病案标识");
    }

    [Fact]
    public async Task AMissingRequiredOptionIsAUsageErrorWithAHelpHint()
    {
        var run = await CliRun.RunAsync("score", "--task", "icd", "--gold", Path.Combine(demo.Icd, "gold.json"));

        run.ShouldBeUsageError("--submission");
        run.Error.ShouldContain("medrec score --help");
    }

    [Fact]
    public async Task MaxAdditionalCodesForCDrugRedIsAUsageError()
    {
        var run = await ScoreCDrugRedAsync(Path.Combine(demo.CDrugRed, "sample-submission.json"), "--max-additional-codes", "3");

        run.ShouldBeUsageError("--max-additional-codes applies only to --task icd");
    }

    private Task<CliRun> ScoreCDrugRedAsync(string submission, params string[] extra) =>
        CliRun.RunAsync(
        [
            "score", "--task", "cdrugred", "--gold", Path.Combine(demo.CDrugRed, "gold.jsonl"), "--submission", submission,
            "--candidates", Path.Combine(demo.CDrugRed, "candidates.json"), .. extra,
        ]);
}
