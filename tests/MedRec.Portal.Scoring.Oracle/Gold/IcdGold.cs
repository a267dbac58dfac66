using System.Text.Json;
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
        : base(records.Select(record => record.Id))
    {
        Records = records;
    }

    /// <inheritdoc />
    public override TaskKind Kind => TaskKind.Icd;

    /// <summary>The records in file order.</summary>
    public IReadOnlyList<IcdGoldRecord> Records { get; }

    /// <summary>Reads the gold from a dataset file (JSON array or JSON Lines).</summary>
    /// <exception cref="DatasetFormatException">The file cannot be read, or a record lacks its primary code.</exception>
    public static IcdGold Read(Stream stream)
    {
        var cache = new NormalizationCache();
        return new([.. DatasetReader.Read(stream, IcdFields.RecordId).Select(record => ToGold(record, cache))]);
    }

    /// <summary>Reads the gold from a dataset file, asynchronously.</summary>
    /// <exception cref="DatasetFormatException">The file cannot be read, or a record lacks its primary code.</exception>
    public static async ValueTask<IcdGold> ReadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        var records = new List<IcdGoldRecord>();
        var cache = new NormalizationCache();
        await foreach (var record in DatasetReader.ReadAsync(stream, IcdFields.RecordId, cancellationToken).ConfigureAwait(false))
        {
            records.Add(ToGold(record, cache));
        }

        return new IcdGold(records);
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
