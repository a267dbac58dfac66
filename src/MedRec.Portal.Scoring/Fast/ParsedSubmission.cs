using MedRec.Portal.Scoring.Submissions;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.Scoring.Fast;

/// <summary>
/// A valid submission in the form scoring reads: per record (file order) its identifier as a number of
/// <see cref="Ids"/>, its record number, its labels as numbers of the task's label list (distinct, file order) and,
/// for ICD, its primary code's number. No strings: the tables hold the text.
/// </summary>
internal sealed class ParsedSubmission
{
    private ParsedSubmission(TaskDefinition task, Utf8Table ids, int count, int[] idNumbers, int[] recordNumbers, int[] starts, ushort[] labels, int[]? primaries)
    {
        Task = task;
        Ids = ids;
        Count = count;
        IdNumbers = idNumbers;
        RecordNumbers = recordNumbers;
        Starts = starts;
        Labels = labels;
        Primaries = primaries;
    }

    public TaskDefinition Task { get; }

    /// <summary>The identifier table <see cref="IdNumbers"/> refer to (the gold's or the phase inputs').</summary>
    public Utf8Table Ids { get; }

    public int Count { get; }

    public int[] IdNumbers { get; }

    public int[] RecordNumbers { get; }

    public int[] Starts { get; }

    public ushort[] Labels { get; }

    public int[]? Primaries { get; }

    public ReadOnlySpan<ushort> LabelsOf(int record) => Labels.AsSpan(Starts[record], Starts[record + 1] - Starts[record]);

    /// <summary>The compact form of predictions the rule-by-rule reader accepted (every label is in the task's lists).</summary>
    public static ParsedSubmission From(TaskDefinition task, Submission submission, Utf8Table ids)
    {
        var builder = new Builder(task, ids, submission.Predictions.Count);
        var scratch = new byte[256];
        foreach (var prediction in submission.Predictions)
        {
            builder.Begin(prediction.RecordNumber);
            var (labels, primary) = prediction switch
            {
                CDrugRedPrediction cdrugred => (cdrugred.Drugs, null),
                IcdPrediction icd => (icd.AdditionalCodes, icd.PrimaryCode),
                _ => throw new ArgumentException($"Unexpected prediction type {prediction.GetType().Name}.", nameof(submission)),
            };
            foreach (var label in labels)
            {
                builder.AddLabel(Require(task.LabelTable, RawText.ToUtf8(label, ref scratch), label));
            }

            if (primary is not null)
            {
                builder.SetPrimary(Require(task.PrimaryTable!, RawText.ToUtf8(primary, ref scratch), primary));
            }

            builder.End(Require(ids, RawText.ToUtf8(prediction.Id, ref scratch), prediction.Id));
        }

        return builder.Build();
    }

    /// <summary>The predictions as strings (the public <see cref="Submission"/>).</summary>
    public Submission ToSubmission()
    {
        var predictions = new Prediction[Count];
        for (var record = 0; record < Count; record++)
        {
            var labels = new List<string>(Starts[record + 1] - Starts[record]);
            foreach (var label in LabelsOf(record))
            {
                labels.Add(Task.LabelTable.GetString(label));
            }

            var id = Ids.GetString(IdNumbers[record]);
            predictions[record] = Primaries is { } primaries
                ? new IcdPrediction(id, RecordNumbers[record], Task.PrimaryTable!.GetString(primaries[record]), labels)
                : new CDrugRedPrediction(id, RecordNumbers[record], labels);
        }

        return new Submission(Task.Kind, predictions);
    }

    private static int Require(Utf8Table table, ReadOnlySpan<byte> key, string text)
    {
        var number = table.Find(key);
        return number >= 0 ? number : throw new ArgumentException($"\"{text}\" is not in the task's lists; validate the submission first.");
    }

    /// <summary>Collects records one at a time.</summary>
    internal sealed class Builder
    {
        private readonly TaskDefinition _task;
        private readonly Utf8Table _ids;
        private int[] _idNumbers;
        private int[] _recordNumbers;
        private int[] _starts;
        private ushort[] _labels;
        private int[]? _primaries;
        private int _count;
        private int _labelCount;

        public Builder(TaskDefinition task, Utf8Table ids, int expectedRecords)
        {
            _task = task;
            _ids = ids;
            var capacity = Math.Max(4, expectedRecords);
            _idNumbers = new int[capacity];
            _recordNumbers = new int[capacity];
            _starts = new int[capacity + 1];
            _labels = new ushort[capacity * 8];
            _primaries = task.PrimaryTable is null ? null : new int[capacity];
        }

        public int LabelCountOfCurrent => _labelCount - _starts[_count];

        public void Begin(int recordNumber)
        {
            if (_count == _idNumbers.Length)
            {
                var capacity = _count * 2;
                Array.Resize(ref _idNumbers, capacity);
                Array.Resize(ref _recordNumbers, capacity);
                Array.Resize(ref _starts, capacity + 1);
                if (_primaries is not null)
                {
                    Array.Resize(ref _primaries, capacity);
                }
            }

            _recordNumbers[_count] = recordNumber;
            _starts[_count + 1] = _labelCount;
        }

        public void AddLabel(int label)
        {
            if (_labelCount == _labels.Length)
            {
                Array.Resize(ref _labels, _labels.Length * 2);
            }

            _labels[_labelCount++] = (ushort)label;
        }

        /// <summary>The last <paramref name="count"/> labels added.</summary>
        public ReadOnlySpan<ushort> LastLabels(int count) => _labels.AsSpan(_labelCount - count, count);

        public void SetPrimary(int primary) => _primaries![_count] = primary;

        public void End(int idNumber)
        {
            _idNumbers[_count] = idNumber;
            _starts[_count + 1] = _labelCount;
            _count++;
        }

        /// <summary>Forgets the current record's labels (it will not be ended).</summary>
        public void Abandon() => _labelCount = _starts[_count];

        public ParsedSubmission Build() => new(_task, _ids, _count, _idNumbers, _recordNumbers, _starts, _labels, _primaries);
    }
}
