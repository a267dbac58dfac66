using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Scoring.Datasets;
using MedRec.Portal.Scoring.Fast;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.Scoring.Gold;

/// <summary>
/// The gold labels of one phase, keyed by normalised identifier. Gold always belongs to a phase: identifiers are
/// unique only within one split.
/// </summary>
/// <remarks>
/// Held in compact form (<see cref="GoldData"/>): identifiers and labels as UTF-8 tables and numbers, plus the form
/// scoring uses (label numbers of the task's list), built once and kept. The string views (<see cref="Ids"/>, the
/// subclasses' <c>Records</c>) are made on first use only.
/// </remarks>
public abstract class GoldSet
{
    private IReadOnlyList<string>? _ids;
    private HashSet<string>? _idSet;
    private GoldScoringForm? _form;

    private protected GoldSet(GoldData data)
    {
        Data = data;
    }

    /// <summary>The task the gold belongs to.</summary>
    public abstract TaskKind Kind { get; }

    /// <summary>The identifiers in file order.</summary>
    public IReadOnlyList<string> Ids => _ids ??= Data.Ids.ToStrings();

    /// <summary>The identifiers as a set (the phase's identifier set when validating a submission against gold).</summary>
    public IReadOnlySet<string> IdSet => _idSet ??= new HashSet<string>(Ids, StringComparer.Ordinal);

    /// <summary>How many records the gold has.</summary>
    public int Count => Data.Count;

    internal GoldData Data { get; }

    /// <summary>Reads the gold of <paramref name="task"/> from a dataset file (JSON array or JSON Lines).</summary>
    /// <exception cref="DatasetFormatException">The file or one of its records cannot be used as gold.</exception>
    public static GoldSet Read(TaskDefinition task, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(stream);
        using var bytes = StreamBytes.Read(stream, long.MaxValue);
        return FromBytes(task, bytes);
    }

    /// <summary>Reads the gold of <paramref name="task"/> from a dataset file, asynchronously.</summary>
    /// <exception cref="DatasetFormatException">The file or one of its records cannot be used as gold.</exception>
    public static async ValueTask<GoldSet> ReadAsync(TaskDefinition task, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(stream);
        using var bytes = await StreamBytes.ReadAsync(stream, long.MaxValue, cancellationToken).ConfigureAwait(false);
        return FromBytes(task, bytes);
    }

    /// <summary>
    /// The form scoring uses: each record's labels as numbers of the task's label list. Built on first use and kept
    /// while the task's list stays the same (a definition rebuilt from the same list reuses it).
    /// </summary>
    internal GoldScoringForm ScoringForm(TaskDefinition task)
    {
        var form = _form;
        if (form is null || !form.Fits(task))
        {
            _form = form = new GoldScoringForm(Data, task);
        }

        return form;
    }

    // The fast reader handles well-formed files; anything else goes through the dataset reader, which words the error.
    private static GoldSet FromBytes(TaskDefinition task, StreamBytes bytes)
    {
        if (FastGoldReader.TryRead(bytes.Span, task.Kind) is { } data)
        {
            return task.Kind switch
            {
                TaskKind.CDrugRed => new CDrugRedGold(data),
                TaskKind.Icd => new IcdGold(data),
                _ => throw new ArgumentException($"No gold reader for task {task.Kind}.", nameof(task)),
            };
        }

        using var stream = bytes.AsStream();
        return task.Kind switch
        {
            TaskKind.CDrugRed => CDrugRedGold.ReadRecords(stream),
            TaskKind.Icd => IcdGold.ReadRecords(stream),
            _ => throw new ArgumentException($"No gold reader for task {task.Kind}.", nameof(task)),
        };
    }

    /// <summary>The compact form of records given as strings; a repeated identifier is an error.</summary>
    private protected static GoldData Compact<T>(IReadOnlyList<T> records, Func<T, string> id, Func<T, string?> primary, Func<T, IEnumerable<string>> labels)
    {
        ArgumentNullException.ThrowIfNull(records);
        var builder = new GoldDataBuilder(Math.Max(16, records.Count), withPrimaries: records.Count > 0 && primary(records[0]) is not null);
        var scratch = new byte[256];
        foreach (var record in records)
        {
            if (!builder.BeginRecord(RawText.ToUtf8(id(record), ref scratch)))
            {
                var duplicate = records.Select(id).GroupBy(value => value, StringComparer.Ordinal).First(group => group.Count() > 1).Key;
                throw new DatasetFormatException($"The gold identifier \"{duplicate}\" occurs twice.");
            }

            if (primary(record) is { } code)
            {
                builder.SetPrimary(RawText.ToUtf8(code, ref scratch));
            }

            foreach (var label in labels(record))
            {
                builder.AddLabel(RawText.ToUtf8(label, ref scratch));
            }

            builder.EndRecord();
        }

        // Repeats were refused above, so the index builds.
        return builder.Build()!;
    }
}
