using MedRec.Portal.Domain.Tasks;
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
        : base(Compact(records, record => record.Id, _ => null, record => record.Drugs))
    {
        _records = records;
    }

    internal CDrugRedGold(Fast.GoldData data)
        : base(data)
    {
    }

    /// <inheritdoc />
    public override TaskKind Kind => TaskKind.CDrugRed;

    private IReadOnlyList<CDrugRedGoldRecord>? _records;

    /// <summary>The visits in file order (made from the compact form on first use).</summary>
    public IReadOnlyList<CDrugRedGoldRecord> Records => _records ??= Materialize();

    /// <summary>Reads the gold from a dataset file (JSON array or JSON Lines; null lists count as empty).</summary>
    /// <exception cref="DatasetFormatException">The file cannot be read, or a record lacks <c>出院带药列表</c>.</exception>
    public static CDrugRedGold Read(Stream stream) => (CDrugRedGold)Read(TaskDefinitionStub, stream);

    /// <summary>Reads the gold from a dataset file, asynchronously.</summary>
    /// <exception cref="DatasetFormatException">The file cannot be read, or a record lacks <c>出院带药列表</c>.</exception>
    public static async ValueTask<CDrugRedGold> ReadAsync(Stream stream, CancellationToken cancellationToken = default) =>
        (CDrugRedGold)await ReadAsync(TaskDefinitionStub, stream, cancellationToken).ConfigureAwait(false);

    // Reading gold needs only the task's kind; the candidate list plays no part in it.
    private static CDrugRedTaskDefinition TaskDefinitionStub { get; } = new(["-"]);

    /// <summary>The rule-by-rule reader: every record through <see cref="DatasetReader"/> (used when the fast reader gives up).</summary>
    internal static CDrugRedGold ReadRecords(Stream stream)
    {
        var cache = new NormalizationCache();
        return new([.. DatasetReader.Read(stream, CDrugRedFields.VisitId).Select(record => ToGold(record, cache))]);
    }

    private CDrugRedGoldRecord[] Materialize()
    {
        var records = new CDrugRedGoldRecord[Data.Count];
        for (var i = 0; i < records.Length; i++)
        {
            var drugs = new HashSet<string>(StringComparer.Ordinal);
            foreach (var number in Data.LabelsOf(i))
            {
                drugs.Add(Data.Labels.GetString(number));
            }

            records[i] = new CDrugRedGoldRecord(Data.Ids.GetString(i), drugs);
        }

        return records;
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
