using MedRec.Portal.Domain.Scores;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Scoring.Metrics;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.Scoring.Analysis;

/// <summary>
/// Counts, per label, gold support and each entry's predictions and hits. Labels come in the task's list order
/// (CDrugRed: the candidate list; ICD: the primary codes, then the additional codes), followed by any gold label
/// missing from the list in order of first appearance, so every drug and code is reported, predicted or not.
/// </summary>
internal sealed class LabelTally
{
    private readonly List<(string Label, LabelKind Kind)> _labels = [];
    private readonly Dictionary<(LabelKind, string), int> _index = [];
    private readonly int _entries;
    private int[] _support = [];
    private int[][] _predicted = [];
    private int[][] _hits = [];

    private LabelTally(int entries)
    {
        _entries = entries;
    }

    public static LabelTally Count(TaskDefinition task, IReadOnlyList<AnalysisEntry> entries)
    {
        var tally = new LabelTally(entries.Count);
        switch (task)
        {
            case CDrugRedTaskDefinition cdrugred:
                tally.AddAll(cdrugred.CandidateDrugs, LabelKind.Drug);
                break;
            case IcdTaskDefinition:
                tally.AddAll(IcdCodeLists.Primary.Select(code => code.Code), LabelKind.Primary);
                tally.AddAll(IcdCodeLists.Additional.Select(code => code.Code), LabelKind.Additional);
                break;
        }

        var setKind = task.Kind == TaskKind.Icd ? LabelKind.Additional : LabelKind.Drug;
        tally.CountGold(entries[0].Result.Records, setKind);
        foreach (var entry in entries)
        {
            tally.Register(entry.Result.Records, setKind);
        }

        Array.Resize(ref tally._support, tally._labels.Count);
        tally._predicted = new int[entries.Count][];
        tally._hits = new int[entries.Count][];
        for (var e = 0; e < entries.Count; e++)
        {
            tally.CountEntry(e, entries[e].Result.Records, setKind);
        }

        return tally;
    }

    /// <summary>One entry's figures (Recall over the gold support).</summary>
    public IReadOnlyList<LabelStatistics> ForEntry(int entry) =>
        [.. _labels.Select((label, l) => Statistics(label, _support[l], _predicted[entry][l], _hits[entry][l], _support[l]))];

    /// <summary>Pooled over every entry: predictions and hits summed, recall over support × entries.</summary>
    public IReadOnlyList<LabelStatistics> Pooled() =>
        [.. _labels.Select((label, l) =>
        {
            int predicted = 0, hits = 0;
            for (var e = 0; e < _entries; e++)
            {
                predicted += _predicted[e][l];
                hits += _hits[e][l];
            }

            return Statistics(label, _support[l], predicted, hits, _support[l] * _entries);
        })];

    private static LabelStatistics Statistics((string Label, LabelKind Kind) label, int support, int predicted, int hits, int relevant)
    {
        var precision = predicted == 0 ? 0.0 : (double)hits / predicted;
        var recall = relevant == 0 ? 0.0 : (double)hits / relevant;
        var f1 = precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
        return new LabelStatistics(label.Label, label.Kind, support, predicted, hits, precision, recall, f1);
    }

    private void AddAll(IEnumerable<string> labels, LabelKind kind)
    {
        foreach (var label in labels)
        {
            IndexOf(label, kind);
        }
    }

    private int IndexOf(string label, LabelKind kind)
    {
        if (!_index.TryGetValue((kind, label), out var index))
        {
            index = _labels.Count;
            _labels.Add((label, kind));
            _index.Add((kind, label), index);
        }

        return index;
    }

    private void CountGold(IReadOnlyList<RecordResult> records, LabelKind setKind)
    {
        var support = new List<int>();
        void Add(int index)
        {
            while (support.Count <= index)
            {
                support.Add(0);
            }

            support[index]++;
        }

        foreach (var record in records)
        {
            if (record.GoldPrimaryCode is { } primary)
            {
                Add(IndexOf(primary, LabelKind.Primary));
            }

            foreach (var label in record.GoldLabels)
            {
                Add(IndexOf(label, setKind));
            }
        }

        _support = [.. support];
    }

    // A label neither in the task's list nor in the gold (only possible for results not validated against the list)
    // still gets a row: support 0, its predictions counted.
    private void Register(IReadOnlyList<RecordResult> records, LabelKind setKind)
    {
        foreach (var record in records)
        {
            if (record.PredictedPrimaryCode is { } primary)
            {
                IndexOf(primary, LabelKind.Primary);
            }

            foreach (var label in record.PredictedLabels)
            {
                IndexOf(label, setKind);
            }
        }
    }

    private void CountEntry(int entry, IReadOnlyList<RecordResult> records, LabelKind setKind)
    {
        var predicted = new int[_labels.Count];
        var hits = new int[_labels.Count];
        foreach (var record in records)
        {
            if (record.PredictedPrimaryCode is { } primary)
            {
                var p = _index[(LabelKind.Primary, primary)];
                predicted[p]++;
                if (string.Equals(primary, record.GoldPrimaryCode, StringComparison.Ordinal))
                {
                    hits[p]++;
                }
            }

            var gold = record.GoldLabels as IReadOnlySet<string> ?? new HashSet<string>(record.GoldLabels, StringComparer.Ordinal);
            foreach (var label in record.PredictedLabels)
            {
                var l = _index[(setKind, label)];
                predicted[l]++;
                if (gold.Contains(label))
                {
                    hits[l]++;
                }
            }
        }

        _predicted[entry] = predicted;
        _hits[entry] = hits;
    }
}
