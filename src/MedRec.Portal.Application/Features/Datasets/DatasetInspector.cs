using System.Text.Json;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Scoring.Datasets;
using MedRec.Portal.Scoring.Gold;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.Application.Features.Datasets;

/// <summary>
/// Checks an uploaded data file with the Scoring readers (the same code that later scores against it), so a
/// file that would break scoring is refused at upload with a message naming the record and line.
/// </summary>
public static class DatasetInspector
{
    private const string Field = "File";
    private const int Shown = 5;

    /// <summary>Reads a candidate list (JSON array of distinct, non-empty strings); returns it normalised.</summary>
    public static Result<IReadOnlyList<string>> InspectCandidateList(byte[] content)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            return Result<IReadOnlyList<string>>.Success(CDrugRedTaskDefinition.Load(stream).CandidateDrugs);
        }
        catch (DatasetFormatException exception)
        {
            return Error.Validation(Field, exception.Message);
        }
    }

    /// <summary>
    /// Reads input records (JSON array or JSON Lines) and returns their identifiers. Refuses a file that carries
    /// answers (the gold field), because participants download inputs.
    /// </summary>
    public static Result<IReadOnlyList<string>> InspectInputs(TaskKind kind, byte[] content)
    {
        var (idKey, answerKey) = kind == TaskKind.CDrugRed
            ? (CDrugRedFields.VisitId, CDrugRedFields.DischargeMedications)
            : (IcdFields.RecordId, IcdFields.PrimaryCode);
        var ids = new List<string>();
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            foreach (var record in DatasetReader.Read(stream, idKey))
            {
                // The official CDrugRed inputs carry the answer key with an empty list; only a filled answer leaks.
                if (record.Value.TryGetProperty(answerKey, out var answer) && HoldsAnswer(answer))
                {
                    return DatasetErrors.AnswerInInputs.ForField(Field, record.RecordNumber, record.Line, record.Id, answerKey);
                }

                ids.Add(record.Id);
            }
        }
        catch (DatasetFormatException exception)
        {
            return Error.Validation(Field, exception.Message);
        }

        return ids.Count == 0
            ? DatasetErrors.NoRecords.ForField(Field)
            : Result<IReadOnlyList<string>>.Success(ids);
    }

    /// <summary>
    /// Reads gold and checks it against what it will be scored with: its identifiers must be exactly the
    /// phase's input identifiers (when inputs are uploaded), and every label must be allowed (the candidate
    /// list for CDrugRed when uploaded; the published code lists for ICD). Returns the record count.
    /// </summary>
    public static Result<int> InspectGold(TaskKind kind, byte[] content, IReadOnlyCollection<string>? inputIds, IReadOnlySet<string>? candidateLabels)
    {
        GoldSet gold;
        var errors = new List<Error>();
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            gold = kind == TaskKind.CDrugRed ? CDrugRedGold.Read(stream) : IcdGold.Read(stream);
        }
        catch (DatasetFormatException exception)
        {
            return Error.Validation(Field, exception.Message);
        }

        if (gold.Count == 0)
        {
            return DatasetErrors.NoRecords.ForField(Field);
        }

        if (inputIds is not null)
        {
            var missing = inputIds.Where(id => !gold.IdSet.Contains(id)).ToList();
            var inputSet = inputIds.ToHashSet(StringComparer.Ordinal);
            var extra = gold.Ids.Where(id => !inputSet.Contains(id)).ToList();
            if (missing.Count > 0)
            {
                errors.Add(DatasetErrors.GoldMissing.ForField(Field, missing.Count, Sample(missing)));
            }

            if (extra.Count > 0)
            {
                errors.Add(DatasetErrors.GoldExtra.ForField(Field, extra.Count, Sample(extra)));
            }
        }

        errors.AddRange(kind == TaskKind.CDrugRed
            ? CheckDrugs((CDrugRedGold)gold, candidateLabels)
            : CheckCodes((IcdGold)gold));
        return errors.Count > 0 ? Result<int>.Failure(errors) : gold.Count;
    }

    private static bool HoldsAnswer(JsonElement answer) => answer.ValueKind switch
    {
        JsonValueKind.Array => answer.GetArrayLength() > 0,
        JsonValueKind.String => !string.IsNullOrWhiteSpace(answer.GetString()),
        JsonValueKind.Null or JsonValueKind.Undefined => false,
        _ => true,
    };

    private static List<Error> CheckDrugs(CDrugRedGold gold, IReadOnlySet<string>? candidates)
    {
        if (candidates is null)
        {
            return [];
        }

        var unknown = gold.Records.SelectMany(r => r.Drugs.Where(d => !candidates.Contains(d)).Select(d => $"\"{d}\" (visit {r.Id})")).ToList();
        return unknown.Count == 0
            ? []
            : [DatasetErrors.GoldUnknownDrugs.ForField(Field, unknown.Count, Sample(unknown, quote: false))];
    }

    private static List<Error> CheckCodes(IcdGold gold)
    {
        var definition = IcdTaskDefinition.Instance;
        var unknown = gold.Records
            .Where(r => !definition.PrimaryCodes.Contains(r.PrimaryCode)).Select(r => $"primary \"{r.PrimaryCode}\" (record {r.Id})")
            .Concat(gold.Records.SelectMany(r => r.OtherCodes.Where(c => !definition.AdditionalCodes.Contains(c)).Select(c => $"additional \"{c}\" (record {r.Id})")))
            .ToList();
        return unknown.Count == 0
            ? []
            : [DatasetErrors.GoldUnknownCodes.ForField(Field, unknown.Count, Sample(unknown, quote: false))];
    }

    private static string Sample(IReadOnlyCollection<string> items, bool quote = true) =>
        string.Join(", ", items.Take(Shown).Select(i => quote ? $"\"{i}\"" : i)) + (items.Count > Shown ? ", …" : "");
}
