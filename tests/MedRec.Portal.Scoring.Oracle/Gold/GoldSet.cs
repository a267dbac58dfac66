using MedRec.Portal.Scoring.Datasets;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.Scoring.Gold;

/// <summary>
/// The gold labels of one phase, keyed by normalised identifier. Gold always belongs to a phase: identifiers are
/// unique only within one split.
/// </summary>
public abstract class GoldSet
{
    private readonly HashSet<string> _ids;

    private protected GoldSet(IEnumerable<string> idsInOrder)
    {
        Ids = [.. idsInOrder];
        _ids = new HashSet<string>(Ids, StringComparer.Ordinal);
        if (_ids.Count != Ids.Count)
        {
            var duplicate = Ids.GroupBy(id => id, StringComparer.Ordinal).First(group => group.Count() > 1).Key;
            throw new DatasetFormatException($"The gold identifier \"{duplicate}\" occurs twice.");
        }
    }

    /// <summary>The task the gold belongs to.</summary>
    public abstract TaskKind Kind { get; }

    /// <summary>The identifiers in file order.</summary>
    public IReadOnlyList<string> Ids { get; }

    /// <summary>The identifiers as a set (the phase's identifier set when validating a submission against gold).</summary>
    public IReadOnlySet<string> IdSet => _ids;

    /// <summary>How many records the gold has.</summary>
    public int Count => Ids.Count;

    /// <summary>Reads the gold of <paramref name="task"/> from a dataset file (JSON array or JSON Lines).</summary>
    /// <exception cref="DatasetFormatException">The file or one of its records cannot be used as gold.</exception>
    public static GoldSet Read(TaskDefinition task, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.Kind switch
        {
            TaskKind.CDrugRed => CDrugRedGold.Read(stream),
            TaskKind.Icd => IcdGold.Read(stream),
            _ => throw new ArgumentException($"No gold reader for task {task.Kind}.", nameof(task)),
        };
    }

    /// <summary>Reads the gold of <paramref name="task"/> from a dataset file, asynchronously.</summary>
    /// <exception cref="DatasetFormatException">The file or one of its records cannot be used as gold.</exception>
    public static async ValueTask<GoldSet> ReadAsync(TaskDefinition task, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.Kind switch
        {
            TaskKind.CDrugRed => await CDrugRedGold.ReadAsync(stream, cancellationToken).ConfigureAwait(false),
            TaskKind.Icd => await IcdGold.ReadAsync(stream, cancellationToken).ConfigureAwait(false),
            _ => throw new ArgumentException($"No gold reader for task {task.Kind}.", nameof(task)),
        };
    }
}
