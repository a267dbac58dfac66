using System.Globalization;
using System.Text;
using MedRec.Portal.Scoring.Analysis;
using MedRec.Portal.Scoring.Gold;
using MedRec.Portal.Scoring.Metrics;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.Scoring.Tests.Analysis;

/// <summary>Scored entries for analysis tests, made by the real scorer from small invented files.</summary>
internal static class AnalysisInput
{
    public static AnalysisReport Analyze(TaskDefinition task, IReadOnlyList<AnalysisEntry> entries, AnalysisOptions? options = null, IProgress<double>? progress = null) =>
        ResultsAnalyzer.Analyze(task, entries, options, progress, TestContext.Current.CancellationToken);

    public static AnalysisReport Analyze(TaskDefinition task, IReadOnlyList<AnalysisEntry> entries, AnalysisOptions options, FixedResamples resamples) =>
        ResultsAnalyzer.Analyze(task, entries, options, resamples, null, TestContext.Current.CancellationToken);

    public static ScoreResult ScoreIcd(IcdGold gold, params string[] predictions)
    {
        var json = new StringBuilder("[");
        for (var i = 0; i < predictions.Length; i++)
        {
            json.Append(i == 0 ? string.Empty : ",").Append(CultureInfo.InvariantCulture, $$"""{"病案标识": "{{gold.Ids[i]}}", "预测结果": "[{{predictions[i]}}]"}""");
        }

        return SubmissionScorer.Score(TestInput.Icd, gold, TestInput.Utf8(json.Append(']').ToString())).ShouldBeOfType<ScoredSubmission>().Result;
    }

    public static ScoreResult ScoreDrugs(CDrugRedGold gold, params string[][] predictions)
    {
        var json = new StringBuilder("[");
        for (var i = 0; i < predictions.Length; i++)
        {
            var drugs = string.Join(", ", predictions[i].Select(d => $"\"{d}\""));
            json.Append(i == 0 ? string.Empty : ",").Append(CultureInfo.InvariantCulture, $$"""{"ID": "{{gold.Ids[i]}}", "prediction": [{{drugs}}]}""");
        }

        return SubmissionScorer.Score(TestInput.CDrugRed, gold, TestInput.Utf8(json.Append(']').ToString())).ShouldBeOfType<ScoredSubmission>().Result;
    }

    /// <summary>
    /// An invented ICD phase of <paramref name="records"/> records and an entry that gets each record's primary code
    /// right with probability <paramref name="quality"/> and each additional code with the same probability.
    /// </summary>
    public static (IcdGold Gold, Func<double, int, AnalysisEntry> Entry) RandomIcd(int records, int seed)
    {
        var random = new Random(seed);
        var primary = IcdCodeLists.Primary.Select(c => c.Code).ToArray();
        var additional = IcdCodeLists.Additional.Select(c => c.Code).ToArray();
        var rows = Enumerable.Range(0, records).Select(i => new IcdGoldRecord(
            $"r{i}",
            primary[random.Next(primary.Length)],
            new HashSet<string>(Enumerable.Range(0, 1 + random.Next(3)).Select(_ => additional[random.Next(additional.Length)])))).ToArray();
        var gold = new IcdGold(rows);
        AnalysisEntry Entry(double quality, int entrySeed)
        {
            var draw = new Random(entrySeed);
            var predictions = rows.Select(row =>
            {
                var main = draw.NextDouble() < quality ? row.PrimaryCode : primary[(Array.IndexOf(primary, row.PrimaryCode) + 1) % primary.Length];
                var others = row.OtherCodes.Where(_ => draw.NextDouble() < quality).ToList();
                if (others.Count == 0)
                {
                    others.Add(additional.First(code => !row.OtherCodes.Contains(code)));
                }

                return $"{main}|{string.Join(';', others)}";
            }).ToArray();
            return new AnalysisEntry($"q{quality:0.00}-{entrySeed}", ScoreIcd(gold, predictions));
        }

        return (gold, Entry);
    }
}
