using System.Text.Json;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Scoring.Datasets;
using MedRec.Portal.Scoring.Tasks;
using MedRec.Portal.Scoring.Text;

namespace MedRec.Portal.Scoring.Gold;

/// <summary>An ICD coding phase's gold: <c>主要诊断编码</c> and <c>其他诊断编码</c>, keyed by <c>病案标识</c>.</summary>
public sealed class IcdGold : GoldSet
{
    /// <summary>Creates gold from records (identifiers must be unique and normalised).</summary>
    /// <exception cref="DatasetFormatException">An identifier occurs twice.</exception>
    public IcdGold(IReadOnlyList<IcdGoldRecord> records)
        : base(Compact(records, record => record.Id, record => record.PrimaryCode, record => record.OtherCodes))
    {
        _records = records;
    }

    internal IcdGold(Fast.GoldData data)
        : base(data)
    {
    }

    /// <inheritdoc />
    public override TaskKind Kind => TaskKind.Icd;

    private IReadOnlyList<IcdGoldRecord>? _records;

    /// <summary>The records in file order (made from the compact form on first use).</summary>
    public IReadOnlyList<IcdGoldRecord> Records => _records ??= Materialize();

    /// <summary>Reads the gold from a dataset file (JSON array or JSON Lines).</summary>
    /// <exception cref="DatasetFormatException">The file cannot be read, or a record lacks its primary code.</exception>
    public static IcdGold Read(Stream stream) => (IcdGold)Read(IcdTaskDefinition.Instance, stream);

    /// <summary>Reads the gold from a dataset file, asynchronously.</summary>
    /// <exception cref="DatasetFormatException">The file cannot be read, or a record lacks its primary code.</exception>
    public static async ValueTask<IcdGold> ReadAsync(Stream stream, CancellationToken cancellationToken = default) =>
        (IcdGold)await ReadAsync(IcdTaskDefinition.Instance, stream, cancellationToken).ConfigureAwait(false);

    /// <summary>The rule-by-rule reader: every record through <see cref="DatasetReader"/> (used when the fast reader gives up).</summary>
    internal static IcdGold ReadRecords(Stream stream)
    {
        var cache = new NormalizationCache();
        return new([.. DatasetReader.Read(stream, IcdFields.RecordId).Select(record => ToGold(record, cache))]);
    }

    private IcdGoldRecord[] Materialize()
    {
        var records = new IcdGoldRecord[Data.Count];
        for (var i = 0; i < records.Length; i++)
        {
            var others = new HashSet<string>(StringComparer.Ordinal);
            foreach (var number in Data.LabelsOf(i))
            {
                others.Add(Data.Labels.GetString(number));
            }

            records[i] = new IcdGoldRecord(Data.Ids.GetString(i), Data.Labels.GetString(Data.Primaries![i]), others);
        }

        return records;
    }

    /// <summary>The gold of one dataset record: its primary code and its additional codes split on <c>;</c>.</summary>
    /// <exception cref="DatasetFormatException">The record has no non-empty <c>主要诊断编码</c> string.</exception>
    public static IcdGoldRecord ToGold(DatasetRecord record) => ToGold(record, new NormalizationCache());

    private static IcdGoldRecord ToGold(DatasetRecord record, NormalizationCache cache)
    {
        ArgumentNullException.ThrowIfNull(record);
        var hasPrimary = record.Value.TryGetProperty(IcdFields.PrimaryCode, out var primaryValue) && primaryValue.ValueKind == JsonValueKind.String;
        var primary = hasPrimary ? cache.Normalize(primaryValue.GetString()!) : string.Empty;
        if (primary.Length == 0)
        {
            throw new DatasetFormatException(
                $"Gold record {record.RecordNumber} (line {record.Line}, id \"{record.Id}\") has no \"{IcdFields.PrimaryCode}\" code. Is this an input file rather than gold?",
                record.RecordNumber,
                record.Line,
                null);
        }

        var others = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in record.GetText(IcdFields.OtherCodes).Split(';'))
        {
            var normalized = cache.Normalize(code);
            if (normalized.Length > 0)
            {
                others.Add(normalized);
            }
        }

        return new IcdGoldRecord(record.Id, primary, others);
    }
}
