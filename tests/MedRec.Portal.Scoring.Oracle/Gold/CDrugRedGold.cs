using MedRec.Portal.Scoring.Datasets;
using MedRec.Portal.Scoring.Tasks;
using MedRec.Portal.Scoring.Text;

namespace MedRec.Portal.Scoring.Gold;

/// <summary>A CDrugRed phase's gold: each visit's <c>出院带药列表</c>, keyed by <c>就诊标识</c>.</summary>
public sealed class CDrugRedGold : GoldSet
{
    /// <summary>Creates gold from records (identifiers must be unique and normalised).</summary>
    /// <exception cref="DatasetFormatException">An identifier occurs twice.</exception>
    public CDrugRedGold(IReadOnlyList<CDrugRedGoldRecord> records)
        : base(records.Select(record => record.Id))
    {
        Records = records;
    }

    /// <inheritdoc />
    public override TaskKind Kind => TaskKind.CDrugRed;

    /// <summary>The visits in file order.</summary>
    public IReadOnlyList<CDrugRedGoldRecord> Records { get; }

    /// <summary>Reads the gold from a dataset file (JSON array or JSON Lines; null lists count as empty).</summary>
    /// <exception cref="DatasetFormatException">The file cannot be read, or a record lacks <c>出院带药列表</c>.</exception>
    public static CDrugRedGold Read(Stream stream)
    {
        var cache = new NormalizationCache();
        return new([.. DatasetReader.Read(stream, CDrugRedFields.VisitId).Select(record => ToGold(record, cache))]);
    }

    /// <summary>Reads the gold from a dataset file, asynchronously.</summary>
    /// <exception cref="DatasetFormatException">The file cannot be read, or a record lacks <c>出院带药列表</c>.</exception>
    public static async ValueTask<CDrugRedGold> ReadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        var records = new List<CDrugRedGoldRecord>();
        var cache = new NormalizationCache();
        await foreach (var record in DatasetReader.ReadAsync(stream, CDrugRedFields.VisitId, cancellationToken).ConfigureAwait(false))
        {
            records.Add(ToGold(record, cache));
        }

        return new CDrugRedGold(records);
    }

    /// <summary>The gold of one dataset record.</summary>
    /// <exception cref="DatasetFormatException">The record lacks <c>出院带药列表</c> or it is not a list of strings.</exception>
    public static CDrugRedGoldRecord ToGold(DatasetRecord record) => ToGold(record, new NormalizationCache());

    private static CDrugRedGoldRecord ToGold(DatasetRecord record, NormalizationCache cache)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!record.Has(CDrugRedFields.DischargeMedications))
        {
            throw new DatasetFormatException(
                $"Gold record {record.RecordNumber} (line {record.Line}, id \"{record.Id}\") has no \"{CDrugRedFields.DischargeMedications}\" list. Is this an input file rather than gold?",
                record.RecordNumber,
                record.Line,
                null);
        }

        var drugs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var drug in record.GetStrings(CDrugRedFields.DischargeMedications))
        {
            var normalized = cache.Normalize(drug);
            if (normalized.Length > 0)
            {
                drugs.Add(normalized);
            }
        }

        return new CDrugRedGoldRecord(record.Id, drugs);
    }
}
