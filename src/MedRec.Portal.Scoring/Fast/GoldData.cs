namespace MedRec.Portal.Scoring.Fast;

/// <summary>
/// A phase's gold in compact form, as read from the file: the identifiers (a <see cref="Utf8Table"/>, numbered in
/// file order), the distinct label texts seen in the gold, and per record the label numbers (distinct, in file order)
/// and, for ICD, the primary code's number. Labels are numbered within this gold; <see cref="GoldScoringForm"/> maps
/// them onto a task's label list.
/// </summary>
internal sealed class GoldData
{
    public GoldData(Utf8Table ids, Utf8Table labels, int[] labelStarts, int[] labelNumbers, int[]? primaries)
    {
        Ids = ids;
        Labels = labels;
        LabelStarts = labelStarts;
        LabelNumbers = labelNumbers;
        Primaries = primaries;
    }

    public Utf8Table Ids { get; }

    public Utf8Table Labels { get; }

    /// <summary>Record i's labels are <see cref="LabelNumbers"/>[LabelStarts[i] .. LabelStarts[i + 1]).</summary>
    public int[] LabelStarts { get; }

    public int[] LabelNumbers { get; }

    /// <summary>ICD: each record's primary code as a number of <see cref="Labels"/>; null for CDrugRed.</summary>
    public int[]? Primaries { get; }

    public int Count => Ids.Count;

    public ReadOnlySpan<int> LabelsOf(int record) => LabelNumbers.AsSpan(LabelStarts[record], LabelStarts[record + 1] - LabelStarts[record]);
}

/// <summary>
/// Collects <see cref="GoldData"/> record by record. With <paramref name="checkIdsAtEnd"/> (the fast reader) the
/// identifiers are only listed while reading, and <see cref="Build"/> indexes them all at once and returns null when
/// one repeats; otherwise <see cref="BeginRecord"/> refuses a repeat at once.
/// </summary>
internal sealed class GoldDataBuilder(int capacity, bool withPrimaries, bool checkIdsAtEnd = false)
{
    private readonly Utf8Table _ids = checkIdsAtEnd ? Utf8Table.Unindexed(capacity) : new(capacity);
    private readonly Utf8Table _labels = new(1024);

    // Raw (unescaped) label bytes already seen -> label number, or -1 when they normalise to nothing: a gold file
    // repeats a few hundred drug names, so each distinct spelling is normalised once.
    private readonly Utf8Table _raw = new(1024);
    private int[] _rawNumbers = new int[1024];
    private int[] _starts = new int[capacity + 1];
    private int[] _numbers = new int[Math.Max(16, capacity * 8)];
    private int[] _primaries = withPrimaries ? new int[capacity + 1] : [];
    private int _labelCount;
    private int _recordStart;

    public Utf8Table Ids => _ids;

    public Utf8Table Labels => _labels;

    /// <summary>Starts a record; false when the identifier is already taken (nothing is added then; with checkIdsAtEnd, always true).</summary>
    public bool BeginRecord(ReadOnlySpan<byte> id)
    {
        int index;
        if (checkIdsAtEnd)
        {
            index = _ids.Append(id);
        }
        else
        {
            index = _ids.Add(id, out var added);
            if (!added)
            {
                return false;
            }
        }

        if (index + 1 >= _starts.Length)
        {
            Array.Resize(ref _starts, _starts.Length * 2);
            if (_primaries.Length > 0)
            {
                Array.Resize(ref _primaries, _starts.Length);
            }
        }

        _recordStart = _labelCount;
        return true;
    }

    public void SetPrimary(ReadOnlySpan<byte> code) => _primaries[_ids.Count - 1] = _labels.Add(code, out _);

    /// <summary>The label number remembered for these raw bytes: -2 unknown, -1 normalises to nothing.</summary>
    public int FindRaw(ReadOnlySpan<byte> raw)
    {
        var index = _raw.Find(raw);
        return index < 0 ? -2 : _rawNumbers[index];
    }

    /// <summary>Remembers what the raw bytes normalise to (a label's UTF-8, or empty).</summary>
    public int RememberRaw(ReadOnlySpan<byte> raw, ReadOnlySpan<byte> normalized)
    {
        var number = normalized.Length == 0 ? -1 : _labels.Add(normalized, out _);
        var index = _raw.Add(raw, out _);
        if (index >= _rawNumbers.Length)
        {
            Array.Resize(ref _rawNumbers, _rawNumbers.Length * 2);
        }

        _rawNumbers[index] = number;
        return number;
    }

    /// <summary>Adds a label to the current record unless the record has it already (gold labels are sets).</summary>
    public void AddLabel(ReadOnlySpan<byte> label) => AddLabelNumber(_labels.Add(label, out _));

    /// <summary>Adds a label number of <see cref="Labels"/> to the current record unless it has it already.</summary>
    public void AddLabelNumber(int number)
    {
        for (var i = _recordStart; i < _labelCount; i++)
        {
            if (_numbers[i] == number)
            {
                return;
            }
        }

        if (_labelCount == _numbers.Length)
        {
            Array.Resize(ref _numbers, _numbers.Length * 2);
        }

        _numbers[_labelCount++] = number;
    }

    public void EndRecord() => _starts[_ids.Count] = _labelCount;

    /// <summary>The gold read; null when an identifier repeats (only with checkIdsAtEnd: otherwise BeginRecord said so).</summary>
    public GoldData? Build()
    {
        if (!_ids.TryBuildIndex())
        {
            return null;
        }

        var count = _ids.Count;
        return new GoldData(_ids, _labels, _starts[..(count + 1)], _numbers[.._labelCount], _primaries.Length > 0 ? _primaries[..count] : null);
    }
}
