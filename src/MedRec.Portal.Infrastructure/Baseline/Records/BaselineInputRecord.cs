using System.Text.Json;
using MedRec.Portal.Scoring.Datasets;

namespace MedRec.Portal.Infrastructure.Baseline.Records;

/// <summary>One input record of a phase: its identifier and its raw field values, as the dataset file holds them.</summary>
/// <param name="Id">The record identifier written into the submission (CDrugRed 就诊标识, ICD 病案标识).</param>
/// <param name="Fields">Every key of the record with its JSON value (detached from any document).</param>
public sealed record BaselineInputRecord(string Id, IReadOnlyDictionary<string, JsonElement> Fields)
{
    /// <summary>The record as the Scoring library's dataset reader read it (identifier NFKC-normalised and trimmed).</summary>
    public static BaselineInputRecord FromDataset(DatasetRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var fields = record.Value.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        return new BaselineInputRecord(record.Id, fields);
    }

    /// <summary>
    /// Every record of a phase input file (JSON array or JSON Lines, bare NaN as null), read with
    /// <see cref="DatasetReader"/> so the baseline sees exactly what the scorer sees.
    /// </summary>
    /// <exception cref="DatasetFormatException">The file is not a valid dataset file (the message gives the place).</exception>
    public static IReadOnlyList<BaselineInputRecord> ReadAll(Stream stream, string idKey) =>
        DatasetReader.Read(stream, idKey).Select(FromDataset).ToArray();
}
