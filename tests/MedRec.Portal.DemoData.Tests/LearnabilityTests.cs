using System.Text.Json;
using System.Text.RegularExpressions;
using MedRec.Portal.DemoData.Clinical;
using MedRec.Portal.Domain.Tasks;

namespace MedRec.Portal.DemoData.Tests;

/// <summary>
/// The demo data must let a baseline learn something: labels follow from the text. Simple rules (a keyword
/// match, a lookup learnt on the training split) must clearly beat label-frequency baselines on the phase gold.
/// </summary>
public sealed partial class LearnabilityTests(ITestOutputHelper output)
{
    private static readonly DemoDataset CDrugRed = DemoDataGenerator.Generate(TaskKind.CDrugRed, new DemoDataOptions { Records = 300, Seed = 2025 });
    private static readonly DemoDataset Icd = DemoDataGenerator.Generate(TaskKind.Icd, new DemoDataOptions { Records = 300, Seed = 2025 });

    [Fact]
    public void DrugsNamedInTheNotesPredictTheDischargeDrugsFarBetterThanTheMostFrequentDrugs()
    {
        var train = DemoJsonFiles.Lines(CDrugRed[DemoFileRole.Train]);
        var gold = DemoJsonFiles.Lines(CDrugRed[DemoFileRole.Gold]);

        var keyword = MeanJaccard(gold, visit =>
        {
            var notes = DemoJsonFiles.StringOrNull(visit, "诊疗过程描述") + DemoJsonFiles.StringOrNull(visit, "既往史");
            return DrugCatalog.All.Where(d => notes.Contains(d.ShortName, StringComparison.Ordinal)).Select(d => d.Name).ToHashSet();
        });
        var frequent = MostFrequent(train.SelectMany(Drugs), 5);
        var baseline = MeanJaccard(gold, _ => frequent);

        output.WriteLine($"CDrugRed mean Jaccard: keyword rule {keyword:F4}, top-5 frequent {baseline:F4}");
        keyword.ShouldBeGreaterThan(baseline + 0.15);
    }

    [Fact]
    public void DischargeDiagnosesLearntOnTrainingPredictTheDrugsBetterThanTheMostFrequentDrugs()
    {
        var train = DemoJsonFiles.Lines(CDrugRed[DemoFileRole.Train]);
        var gold = DemoJsonFiles.Lines(CDrugRed[DemoFileRole.Gold]);
        var rule = CooccurrenceRule.Learn(train.Select(v => (DemoJsonFiles.Strings(v.GetProperty("出院诊断")), Drugs(v))), 0.3);

        var learnt = MeanJaccard(gold, visit => rule.Predict(DemoJsonFiles.Strings(visit.GetProperty("出院诊断"))));
        var frequent = MostFrequent(train.SelectMany(Drugs), 5);
        var baseline = MeanJaccard(gold, _ => frequent);

        output.WriteLine($"CDrugRed mean Jaccard: diagnosis co-occurrence rule {learnt:F4}, top-5 frequent {baseline:F4}");
        learnt.ShouldBeGreaterThan(baseline + 0.05);
    }

    [Fact]
    public void TheFirstAdmissionDiagnosisLearntOnTrainingPredictsThePrimaryCode()
    {
        var train = DemoJsonFiles.Array(Icd[DemoFileRole.Train]);
        var gold = DemoJsonFiles.Array(Icd[DemoFileRole.Gold]);
        var byFirstDiagnosis = train
            .GroupBy(r => AdmissionDiagnoses(r)[0])
            .ToDictionary(g => g.Key, g => MostFrequent(g.Select(Primary), 1).Single());
        var majority = MostFrequent(train.Select(Primary), 1).Single();

        var accuracy = gold.Average(r => byFirstDiagnosis.GetValueOrDefault(AdmissionDiagnoses(r)[0], majority) == Primary(r) ? 1.0 : 0.0);
        var baseline = gold.Average(r => Primary(r) == majority ? 1.0 : 0.0);

        output.WriteLine($"ICD main accuracy: first-diagnosis lookup {accuracy:F4}, majority class {baseline:F4}");
        accuracy.ShouldBeGreaterThan(baseline + 0.4);
    }

    [Fact]
    public void AdmissionDiagnosesLearntOnTrainingPredictTheAdditionalCodes()
    {
        var train = DemoJsonFiles.Array(Icd[DemoFileRole.Train]);
        var gold = DemoJsonFiles.Array(Icd[DemoFileRole.Gold]);
        var rule = CooccurrenceRule.Learn(train.Select(r => (AdmissionDiagnoses(r), Others(r))), 0.6);
        var frequent = MostFrequent(train.SelectMany(Others), 3);

        var learnt = MeanF1(gold.Select(r => (Others(r), rule.Predict(AdmissionDiagnoses(r)))));
        var baseline = MeanF1(gold.Select(r => (Others(r), frequent)));

        output.WriteLine($"ICD other F1: diagnosis co-occurrence rule {learnt:F4}, top-3 frequent {baseline:F4}");
        learnt.ShouldBeGreaterThan(baseline + 0.25);
    }

    private static HashSet<string> Drugs(JsonElement visit) => DemoJsonFiles.Strings(visit.GetProperty("出院带药列表")).ToHashSet();

    private static string Primary(JsonElement record) => record.GetProperty("主要诊断编码").GetString()!;

    private static HashSet<string> Others(JsonElement record) => record.GetProperty("其他诊断编码").GetString()!.Split(';').ToHashSet();

    private static List<string> AdmissionDiagnoses(JsonElement record) =>
        DiagnosisNumber().Split(record.GetProperty("入院诊断").GetString()!).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();

    private static HashSet<string> MostFrequent(IEnumerable<string> labels, int count) =>
        labels.GroupBy(l => l).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(count).Select(g => g.Key).ToHashSet();

    private static double MeanJaccard(List<JsonElement> gold, Func<JsonElement, HashSet<string>> predict) =>
        gold.Average(visit =>
        {
            var truth = Drugs(visit);
            var predicted = predict(visit);
            var union = truth.Union(predicted).Count();
            return union == 0 ? 1.0 : (double)truth.Intersect(predicted).Count() / union;
        });

    private static double MeanF1(IEnumerable<(HashSet<string> Truth, HashSet<string> Predicted)> pairs) =>
        pairs.Average(pair =>
        {
            var hits = pair.Truth.Intersect(pair.Predicted).Count();
            return hits == 0 ? 0.0 : 2.0 * hits / (pair.Truth.Count + pair.Predicted.Count);
        });

    [GeneratedRegex(@"\d+\.")]
    private static partial Regex DiagnosisNumber();

    /// <summary>Predicts a label when, in training, it accompanied one of the record's phrases at least <c>threshold</c> of the time.</summary>
    private sealed class CooccurrenceRule(Dictionary<string, Dictionary<string, double>> labelRates)
    {
        private double threshold;

        public static CooccurrenceRule Learn(IEnumerable<(List<string> Phrases, HashSet<string> Labels)> examples, double threshold)
        {
            var phraseCounts = new Dictionary<string, int>();
            var pairCounts = new Dictionary<string, Dictionary<string, int>>();
            foreach (var (phrases, labels) in examples)
            {
                foreach (var phrase in phrases.Distinct())
                {
                    phraseCounts[phrase] = phraseCounts.GetValueOrDefault(phrase) + 1;
                    var labelCounts = pairCounts.TryGetValue(phrase, out var existing) ? existing : pairCounts[phrase] = [];
                    foreach (var label in labels)
                    {
                        labelCounts[label] = labelCounts.GetValueOrDefault(label) + 1;
                    }
                }
            }

            var rates = pairCounts.ToDictionary(
                p => p.Key,
                p => p.Value.Where(_ => phraseCounts[p.Key] >= 3).ToDictionary(l => l.Key, l => (double)l.Value / phraseCounts[p.Key]));
            return new CooccurrenceRule(rates) { threshold = threshold };
        }

        public HashSet<string> Predict(IEnumerable<string> phrases) =>
            phrases.Where(labelRates.ContainsKey)
                .SelectMany(p => labelRates[p].Where(l => l.Value >= threshold).Select(l => l.Key))
                .ToHashSet();
    }
}
