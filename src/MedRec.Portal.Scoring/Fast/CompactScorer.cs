using MedRec.Portal.Domain.Scores;
using MedRec.Portal.Scoring.Gold;
using MedRec.Portal.Scoring.Metrics;

namespace MedRec.Portal.Scoring.Fast;

/// <summary>
/// The metrics of docs/scoring-rules.md over the compact forms: per gold record the overlap |G∩P| by marking the
/// predicted label numbers in a bitset and counting the gold's, then the same <see cref="SetMetrics"/> and
/// <see cref="IcdMetrics"/> functions, summed in gold order, as the string-based scorer (so every value is the same
/// double). Per-record results are made only when someone reads them (<see cref="ScoredRecords"/>).
/// </summary>
internal static class CompactScorer
{
    /// <summary>The submission's record for each gold record (by gold number), or null when the identifiers differ.</summary>
    public static int[]? MatchToGold(GoldSet gold, ParsedSubmission parsed)
    {
        var goldIds = gold.Data.Ids;
        if (parsed.Count != goldIds.Count)
        {
            return null;
        }

        var recordOf = new int[goldIds.Count];
        Array.Fill(recordOf, -1);
        for (var record = 0; record < parsed.Count; record++)
        {
            var number = ReferenceEquals(parsed.Ids, goldIds) ? parsed.IdNumbers[record] : GoldNumber(goldIds, parsed.Ids.Key(parsed.IdNumbers[record]), record);
            if (number < 0 || recordOf[number] >= 0)
            {
                return null;
            }

            recordOf[number] = record;
        }

        return recordOf;
    }

    // Submissions usually list the records in the gold's order: record i is then gold record i, a comparison of a few
    // bytes instead of a hash lookup. Any other order still finds the right number.
    private static int GoldNumber(Utf8Table goldIds, ReadOnlySpan<byte> id, int record) =>
        goldIds.Key(record).SequenceEqual(id) ? record : goldIds.Find(id);

    public static ScoreResult Score(GoldSet gold, ParsedSubmission parsed, int[] recordOf)
    {
        var form = gold.ScoringForm(parsed.Task);
        var bits = new ulong[(parsed.Task.LabelTable.Count + 63) / 64];
        var count = recordOf.Length;
        var overlaps = new int[count];
        for (var i = 0; i < count; i++)
        {
            overlaps[i] = Overlap(form.LabelsOf(i), parsed.LabelsOf(recordOf[i]), bits);
        }

        var records = new ScoredRecords(gold, form, parsed, recordOf, overlaps);
        return form.Primaries is { } primaries ? ScoreIcd(form, parsed, recordOf, overlaps, primaries, records) : ScoreCDrugRed(form, parsed, recordOf, overlaps, records);
    }

    internal static int Overlap(ReadOnlySpan<ushort> gold, ReadOnlySpan<ushort> predicted, ulong[] bits)
    {
        foreach (var label in predicted)
        {
            bits[label >> 6] |= 1UL << label;
        }

        var overlap = 0;
        foreach (var label in gold)
        {
            overlap += (int)((bits[label >> 6] >> label) & 1UL);
        }

        foreach (var label in predicted)
        {
            bits[label >> 6] = 0;
        }

        return overlap;
    }

    internal static MetricScores CDrugRedRecord(int overlap, int goldCount, int predictedCount)
    {
        var jaccard = SetMetrics.Jaccard(overlap, goldCount, predictedCount);
        var precision = SetMetrics.Precision(overlap, goldCount, predictedCount);
        var recall = SetMetrics.Recall(overlap, goldCount, predictedCount);
        var f1 = SetMetrics.F1(overlap, goldCount, predictedCount);
        return SubmissionScorer.CDrugRedScores(CDrugRedMetrics.Score(jaccard, f1), jaccard, f1, precision, recall);
    }

    internal static MetricScores IcdRecord(int overlap, int goldCount, int predictedCount, bool mainMatches)
    {
        var main = mainMatches ? 1.0 : 0.0;
        var other = IcdMetrics.Other(overlap, goldCount, predictedCount);
        var precision = SetMetrics.Precision(overlap, goldCount, predictedCount);
        var f1 = SetMetrics.F1(overlap, goldCount, predictedCount);
        return SubmissionScorer.IcdScores(IcdMetrics.Acc(main, other), main, other, precision, f1);
    }

    private static ScoreResult ScoreCDrugRed(GoldScoringForm form, ParsedSubmission parsed, int[] recordOf, int[] overlaps, ScoredRecords records)
    {
        double jaccardSum = 0, f1Sum = 0, precisionSum = 0, recallSum = 0;
        for (var i = 0; i < recordOf.Length; i++)
        {
            var goldCount = form.Sizes[i];
            var predictedCount = parsed.Starts[recordOf[i] + 1] - parsed.Starts[recordOf[i]];
            var overlap = overlaps[i];
            var jaccard = SetMetrics.Jaccard(overlap, goldCount, predictedCount);
            jaccardSum += jaccard;
            f1Sum += SetMetrics.F1(overlap, goldCount, predictedCount);
            precisionSum += SetMetrics.Precision(overlap, goldCount, predictedCount);
            recallSum += SetMetrics.Recall(overlap, goldCount, predictedCount);
        }

        double n = recordOf.Length;
        var meanJaccard = jaccardSum / n;
        var meanF1 = f1Sum / n;
        var metrics = SubmissionScorer.CDrugRedScores(CDrugRedMetrics.Score(meanJaccard, meanF1), meanJaccard, meanF1, precisionSum / n, recallSum / n);
        return new ScoreResult(parsed.Task.Kind, metrics, records, ScorerVersion.Current);
    }

    private static ScoreResult ScoreIcd(GoldScoringForm form, ParsedSubmission parsed, int[] recordOf, int[] overlaps, int[] goldPrimaries, ScoredRecords records)
    {
        double accSum = 0, mainSum = 0, otherSum = 0, precisionSum = 0, f1Sum = 0;
        var predictedPrimaries = parsed.Primaries!;
        for (var i = 0; i < recordOf.Length; i++)
        {
            var record = recordOf[i];
            var goldCount = form.Sizes[i];
            var predictedCount = parsed.Starts[record + 1] - parsed.Starts[record];
            var overlap = overlaps[i];
            var main = goldPrimaries[i] >= 0 && goldPrimaries[i] == predictedPrimaries[record] ? 1.0 : 0.0;
            var other = IcdMetrics.Other(overlap, goldCount, predictedCount);
            accSum += IcdMetrics.Acc(main, other);
            mainSum += main;
            otherSum += other;
            precisionSum += SetMetrics.Precision(overlap, goldCount, predictedCount);
            f1Sum += SetMetrics.F1(overlap, goldCount, predictedCount);
        }

        double n = recordOf.Length;
        var metrics = SubmissionScorer.IcdScores(accSum / n, mainSum / n, otherSum / n, precisionSum / n, f1Sum / n);
        return new ScoreResult(parsed.Task.Kind, metrics, records, ScorerVersion.Current);
    }
}
