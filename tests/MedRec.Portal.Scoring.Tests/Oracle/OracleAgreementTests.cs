extern alias oracle;

using System.Text;
using MedRec.Portal.Scoring.Datasets;
using MedRec.Portal.Scoring.Gold;
using MedRec.Portal.Scoring.Submissions;
using MedRec.Portal.Scoring.Tasks;
using Old = oracle::MedRec.Portal.Scoring;

namespace MedRec.Portal.Scoring.Tests.Oracle;

/// <summary>
/// Property tests: random gold and submission files — clean ones and ones with every kind of flaw — read, validated
/// and scored by the fast path and by the scorer as it was before it (the oracle project) give the same report
/// (codes, messages, records, ids, lines, columns, counts) and metrics that agree to 1e-12, per record too.
/// </summary>
public sealed partial class OracleAgreementTests
{
    private static readonly CDrugRedTaskDefinition NewCDrugRed = new(RandomFiles.Drugs);
    private static readonly Old.Tasks.CDrugRedTaskDefinition OldCDrugRed = new(RandomFiles.Drugs);

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 60)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void CDrugRedFilesGetTheSameReportAndMetricsAsTheOldScorer(int seed)
    {
        var files = new RandomFiles(seed) { FlawRate = seed % 3 == 0 ? 0 : 0.004 * (seed % 7) };
        var count = 5 + (seed * 37 % 300);
        var gold = files.CDrugRedGold(count, jsonLines: seed % 2 == 0);
        var submission = files.CDrugRedSubmission(count);
        Agree(NewCDrugRed, OldCDrugRed, gold, submission, seed);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void IcdFilesGetTheSameReportAndMetricsAsTheOldScorer(int seed)
    {
        var files = new RandomFiles(seed) { FlawRate = seed % 3 == 0 ? 0 : 0.004 * (seed % 7) };
        var count = 5 + (seed * 53 % 300);
        Agree(IcdTaskDefinition.Instance, Old.Tasks.IcdTaskDefinition.Instance, files.IcdGold(count), files.IcdSubmission(count), seed);
    }

    [Fact]
    public void CleanLargeFilesScoreTheSameToTheLastDigit()
    {
        var files = new RandomFiles(4242) { FlawRate = 0 };
        Agree(NewCDrugRed, OldCDrugRed, files.CDrugRedGold(5_000, jsonLines: true), files.CDrugRedSubmission(5_000), 4242);
        Agree(IcdTaskDefinition.Instance, Old.Tasks.IcdTaskDefinition.Instance, files.IcdGold(5_000), files.IcdSubmission(5_000), 4242);
    }

    [Fact]
    public void TheRandomFilesExerciseBothTheFastReaderAndTheRuleByRuleReader()
    {
        int fast = 0, rejected = 0, scoredWithWarnings = 0;
        foreach (var seed in Enumerable.Range(1, 60))
        {
            var files = new RandomFiles(seed) { FlawRate = seed % 3 == 0 ? 0 : 0.004 * (seed % 7) };
            var count = 5 + (seed * 37 % 300);
            var gold = GoldSet.Read(NewCDrugRed, Utf8(files.CDrugRedGold(count, jsonLines: seed % 2 == 0)));
            var bytes = Encoding.UTF8.GetBytes(files.CDrugRedSubmission(count));
            var accepted = Fast.FastSubmissionReader.TryRead(bytes, NewCDrugRed, gold.Data.Ids, ScoringOptions.Default) is not null;
            fast += accepted ? 1 : 0;

            // Reading with the file's own identifiers and matching them afterwards accepts exactly the same files.
            var own = Fast.FastSubmissionReader.TryReadWithOwnIds(bytes, NewCDrugRed, ScoringOptions.Default);
            (own is not null && Fast.CompactScorer.MatchToGold(gold, own) is not null).ShouldBe(accepted, $"seed {seed}");
            var outcome = SubmissionScorer.Score(NewCDrugRed, gold, new MemoryStream(bytes));
            rejected += outcome is RejectedSubmission ? 1 : 0;
            scoredWithWarnings += outcome is ScoredSubmission && outcome.Report.WarningCount > 0 ? 1 : 0;
        }

        fast.ShouldBeGreaterThanOrEqualTo(20);
        rejected.ShouldBeGreaterThanOrEqualTo(10);
        _ = scoredWithWarnings;
    }

    [Fact]
    public void AFileWithWarningsAndSpellingsThatNeedNormalisingIsScoredTheSameWay()
    {
        var gold = "{\"就诊标识\": \"1-1\", \"出院带药列表\": [\"Drug03\", \"合成药物01片\"]}\n{\"就诊标识\": \"1-2\", \"出院带药列表\": []}\n";
        var submission = """
            [{"ID": " 1-1 ", "prediction": ["Ｄｒｕｇ03", "Drug03", "", "\u5408\u6210\u836f\u726901\u7247"], "note": 1},
             {"ID": "１-2", "prediction": []},]
            """;
        var outcome = SubmissionScorer.Score(NewCDrugRed, GoldSet.Read(NewCDrugRed, Utf8(gold)), Utf8(submission));
        outcome.ShouldBeOfType<ScoredSubmission>().Report.WarningCount.ShouldBe(3);
        Agree(NewCDrugRed, OldCDrugRed, gold, submission, 0);

        var icdGold = "[{\"病案标识\": \"r1\", \"主要诊断编码\": \"I21.401\", \"其他诊断编码\": \"E11.900; E78.500\"}]";
        Agree(IcdTaskDefinition.Instance, Old.Tasks.IcdTaskDefinition.Instance, icdGold, "[{\"Record_ID\": \"r1\", \"Prediction\": \" ［I21.401｜E11.900；E11.900;; E87.600］\"}]", 0);
        Agree(IcdTaskDefinition.Instance, Old.Tasks.IcdTaskDefinition.Instance, icdGold, "[{\"病案标识\": \"r1\", \"预测结果\": \"I21.401|E11.900;E78.500\", \"x\": null}]", 0);
    }

    private static void Agree(TaskDefinition task, Old.Tasks.TaskDefinition oldTask, string goldText, string submissionText, int seed)
    {
        var (gold, goldError) = Try(() => GoldSet.Read(task, Utf8(goldText)));
        var (oldGold, oldGoldError) = Try(() => Old.Gold.GoldSet.Read(oldTask, Utf8(goldText)));
        goldError.ShouldBe(oldGoldError, $"seed {seed}: gold errors differ");
        if (gold is null || oldGold is null)
        {
            return;
        }

        gold.Ids.ShouldBe(oldGold.Ids, $"seed {seed}: gold identifiers differ");
        GoldLabels(gold).ShouldBe(OldGoldLabels(oldGold), $"seed {seed}: gold labels differ");

        var options = new ScoringOptions { MaxAdditionalCodes = seed % 5 == 0 ? 3 : null };
        var oldOptions = new Old.ScoringOptions { MaxAdditionalCodes = options.MaxAdditionalCodes };
        var outcome = SubmissionScorer.Score(task, gold, Utf8(submissionText), options);
        var oldOutcome = Old.SubmissionScorer.Score(oldTask, oldGold, Utf8(submissionText), oldOptions);
        Describe(outcome.Report).ShouldBe(OldDescribe(oldOutcome.Report), $"seed {seed}: reports differ");
        (outcome is ScoredSubmission).ShouldBe(oldOutcome is Old.ScoredSubmission);

        // The CLI's way: the submission read and checked before the gold is there (its own identifiers, matched after).
        var together = SubmissionScorer.ScoreAsync(task, Task.FromResult(gold), Utf8(submissionText), options).AsTask().GetAwaiter().GetResult();
        Describe(together.Report).ShouldBe(OldDescribe(oldOutcome.Report), $"seed {seed}: reports differ when read with the gold");
        (together is ScoredSubmission).ShouldBe(oldOutcome is Old.ScoredSubmission);
        if (together is ScoredSubmission both && outcome is ScoredSubmission alone)
        {
            both.Result.Metrics.Select(m => (m.Key, m.Value)).ShouldBe(alone.Result.Metrics.Select(m => (m.Key, m.Value)), $"seed {seed}");
            both.Result.Records.Select(r => (r.Id, r.RecordNumber)).ShouldBe(alone.Result.Records.Select(r => (r.Id, r.RecordNumber)));
        }

        // The validator against the input identifiers, synchronous and asynchronous, and the public reader.
        var inputIds = new HashSet<string>(gold.Ids, StringComparer.Ordinal);
        Describe(SubmissionValidator.Validate(task, inputIds, Utf8(submissionText), options)).ShouldBe(OldDescribe(oldOutcome.Report));
        Describe(SubmissionValidator.ValidateAsync(task, inputIds, new TrickleStream(Encoding.UTF8.GetBytes(submissionText), 997), options).AsTask().GetAwaiter().GetResult())
            .ShouldBe(OldDescribe(oldOutcome.Report));

        if (outcome is ScoredSubmission scored && oldOutcome is Old.ScoredSubmission oldScored)
        {
            var metrics = scored.Result.Metrics.Select(m => (m.Key, m.Value)).ToList();
            var oldMetrics = oldScored.Result.Metrics.Select(m => (m.Key, m.Value)).ToList();
            metrics.Select(m => m.Key).ShouldBe(oldMetrics.Select(m => m.Key));
            for (var i = 0; i < metrics.Count; i++)
            {
                metrics[i].Value.ShouldBe(oldMetrics[i].Value, 1e-12, $"seed {seed}: {metrics[i].Key}");
            }

            scored.Result.Records.Count.ShouldBe(oldScored.Result.Records.Count);
            for (var i = 0; i < scored.Result.Records.Count; i += 1 + (i % 7))
            {
                var record = scored.Result.Records[i];
                var old = oldScored.Result.Records[i];
                (record.Id, record.RecordNumber, record.GoldPrimaryCode, record.PredictedPrimaryCode).ShouldBe((old.Id, old.RecordNumber, old.GoldPrimaryCode, old.PredictedPrimaryCode));
                record.GoldLabels.OrderBy(l => l, StringComparer.Ordinal).ShouldBe(old.GoldLabels.OrderBy(l => l, StringComparer.Ordinal));
                record.PredictedLabels.ShouldBe(old.PredictedLabels);
                record.Metrics.Select(m => m.Value).ShouldBe(old.Metrics.Select(m => m.Value), 1e-12);
            }

            var read = SubmissionReader.Read(task, Utf8(submissionText), gold.IdSet, options).Submission.ShouldNotBeNull();
            var oldRead = Old.Submissions.SubmissionReader.Read(oldTask, Utf8(submissionText), oldGold.IdSet, oldOptions).Submission.ShouldNotBeNull();
            read.Predictions.Select(p => p.ToString()).ShouldBe(oldRead.Predictions.Select(p => OldPrediction(p)));
        }
    }

    private static string OldPrediction(Old.Submissions.Prediction prediction) => prediction switch
    {
        Old.Submissions.CDrugRedPrediction p => new CDrugRedPrediction(p.Id, p.RecordNumber, p.Drugs).ToString(),
        Old.Submissions.IcdPrediction p => new IcdPrediction(p.Id, p.RecordNumber, p.PrimaryCode, p.AdditionalCodes).ToString(),
        _ => "?",
    };

    private static (T? Value, string? Error) Try<T>(Func<T> read)
        where T : class
    {
        try
        {
            return (read(), null);
        }
        catch (DatasetFormatException exception)
        {
            return (null, $"{exception.Message} @{exception.RecordNumber}:{exception.Line}:{exception.Column}");
        }
        catch (Old.Datasets.DatasetFormatException exception)
        {
            return (null, $"{exception.Message} @{exception.RecordNumber}:{exception.Line}:{exception.Column}");
        }
    }

    private static List<string> GoldLabels(GoldSet gold) => gold switch
    {
        CDrugRedGold drugs => [.. drugs.Records.Select(r => r.Id + ":" + string.Join("|", r.Drugs.Order(StringComparer.Ordinal)))],
        IcdGold codes => [.. codes.Records.Select(r => r.Id + ":" + r.PrimaryCode + ":" + string.Join("|", r.OtherCodes.Order(StringComparer.Ordinal)))],
        _ => [],
    };

    private static List<string> OldGoldLabels(Old.Gold.GoldSet gold) => gold switch
    {
        Old.Gold.CDrugRedGold drugs => [.. drugs.Records.Select(r => r.Id + ":" + string.Join("|", r.Drugs.Order(StringComparer.Ordinal)))],
        Old.Gold.IcdGold codes => [.. codes.Records.Select(r => r.Id + ":" + r.PrimaryCode + ":" + string.Join("|", r.OtherCodes.Order(StringComparer.Ordinal)))],
        _ => [],
    };

    private static List<string> Describe(ValidationReport report) =>
        [$"{report.ErrorCount} errors, {report.WarningCount} warnings, {report.RecordCount} records", .. report.Errors.Concat(report.Warnings).Select(Describe)];

    private static List<string> OldDescribe(Old.Submissions.ValidationReport report) =>
        [$"{report.ErrorCount} errors, {report.WarningCount} warnings, {report.RecordCount} records", .. report.Errors.Concat(report.Warnings).Select(OldDescribe)];

    private static string Describe(SubmissionIssue issue) =>
        $"{issue.Severity}|{issue.Code}|{issue.Message}|{issue.RecordNumber}|{issue.Id}|{issue.Line}|{issue.Column}|{issue.MessageId}|{string.Join("¦", issue.Arguments ?? [])}";

    private static string OldDescribe(Old.Submissions.SubmissionIssue issue) =>
        $"{issue.Severity}|{issue.Code}|{issue.Message}|{issue.RecordNumber}|{issue.Id}|{issue.Line}|{issue.Column}|{issue.MessageId}|{string.Join("¦", issue.Arguments ?? [])}";

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text), writable: false);
}
