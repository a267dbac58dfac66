using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.Scoring.Fast;

/// <summary>
/// Gold as scoring reads it: per record the numbers of its labels in the task's label list (labels outside the list
/// can never be predicted, so they only count towards |G|), |G| itself and, for ICD, the primary code's number in the
/// primary list (-1 when the gold's code is not one of them: no prediction can match it).
/// </summary>
internal sealed class GoldScoringForm
{
    private readonly Utf8Table _labelTable;
    private readonly Utf8Table? _primaryTable;

    public GoldScoringForm(GoldData data, TaskDefinition task)
    {
        _labelTable = task.LabelTable;
        _primaryTable = task.PrimaryTable;
        var map = new int[data.Labels.Count];
        for (var i = 0; i < map.Length; i++)
        {
            map[i] = _labelTable.Find(data.Labels.Key(i));
        }

        var count = data.Count;
        Sizes = new int[count];
        Starts = new int[count + 1];
        // An array rather than a List: this runs once per gold label, in the CLI before the list's Add is optimised.
        var labels = new ushort[data.LabelNumbers.Length];
        var kept = 0;
        for (var record = 0; record < count; record++)
        {
            var own = data.LabelsOf(record);
            Sizes[record] = own.Length;
            foreach (var number in own)
            {
                if (map[number] >= 0)
                {
                    labels[kept++] = (ushort)map[number];
                }
            }

            Starts[record + 1] = kept;
        }

        Labels = kept == labels.Length ? labels : labels[..kept];
        if (_primaryTable is not null && data.Primaries is { } primaries)
        {
            // Each distinct gold code is looked up once, not once per record.
            var primaryMap = new int[data.Labels.Count];
            for (var i = 0; i < primaryMap.Length; i++)
            {
                primaryMap[i] = _primaryTable.Find(data.Labels.Key(i));
            }

            Primaries = new int[count];
            for (var record = 0; record < count; record++)
            {
                Primaries[record] = primaryMap[primaries[record]];
            }
        }
    }

    public int[] Sizes { get; }

    public int[] Starts { get; }

    public ushort[] Labels { get; }

    public int[]? Primaries { get; }

    public ReadOnlySpan<ushort> LabelsOf(int record) => Labels.AsSpan(Starts[record], Starts[record + 1] - Starts[record]);

    /// <summary>Whether this form was built for the same label lists as <paramref name="task"/>'s.</summary>
    public bool Fits(TaskDefinition task) => Same(_labelTable, task.LabelTable) && Same(_primaryTable, task.PrimaryTable);

    private static bool Same(Utf8Table? a, Utf8Table? b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is null || b is null || a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (!a.Key(i).SequenceEqual(b.Key(i)))
            {
                return false;
            }
        }

        return true;
    }
}
