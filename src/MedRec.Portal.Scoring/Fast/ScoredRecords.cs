using System.Collections;
using MedRec.Portal.Scoring.Gold;
using MedRec.Portal.Scoring.Metrics;

namespace MedRec.Portal.Scoring.Fast;

/// <summary>
/// The per-record results of a compact score, in gold order, each made (and kept) when first read: the CLI and the
/// scoring worker only need the count and the overall metrics, the organisers' record inspection reads them all.
/// </summary>
internal sealed class ScoredRecords(GoldSet gold, GoldScoringForm form, ParsedSubmission parsed, int[] recordOf, int[] overlaps) : IReadOnlyList<RecordResult>
{
    // Made on first read: the CLI and the worker never read a record, and 100k empty slots are 800 KB to clear.
    private RecordResult?[]? _made;

    public int Count => recordOf.Length;

    public RecordResult this[int index] => (_made ??= new RecordResult?[recordOf.Length])[index] ??= Make(index);

    public IEnumerator<RecordResult> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private RecordResult Make(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        var record = recordOf[index];
        var predicted = new List<string>(parsed.Starts[record + 1] - parsed.Starts[record]);
        foreach (var label in parsed.LabelsOf(record))
        {
            predicted.Add(parsed.Task.LabelTable.GetString(label));
        }

        var goldCount = form.Sizes[index];
        if (gold is IcdGold icd)
        {
            var goldRecord = icd.Records[index];
            var predictedPrimary = parsed.Task.PrimaryTable!.GetString(parsed.Primaries![record]);
            var metrics = CompactScorer.IcdRecord(overlaps[index], goldCount, predicted.Count, form.Primaries![index] >= 0 && form.Primaries[index] == parsed.Primaries[record]);
            return new RecordResult(goldRecord.Id, parsed.RecordNumbers[record], metrics, goldRecord.OtherCodes, predicted, goldRecord.PrimaryCode, predictedPrimary);
        }

        var visit = ((CDrugRedGold)gold).Records[index];
        return new RecordResult(visit.Id, parsed.RecordNumbers[record], CompactScorer.CDrugRedRecord(overlaps[index], goldCount, predicted.Count), visit.Drugs, predicted);
    }
}
