using System.Text;
using System.Text.Json;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.Benchmarks;

/// <summary>
/// Writes synthetic gold and submission files (invented labels only) in the organisers' formats: CDrugRed gold as JSON
/// Lines with ~10 drugs per visit over a 651-name list, ICD gold as a JSON array, submissions as the official arrays.
/// </summary>
internal static class SyntheticFiles
{
    public const int CandidateCount = 651;

    public static string[] CandidateDrugs { get; } = [.. Enumerable.Range(1, CandidateCount).Select(i => $"合成药物{i:0000}片")];

    /// <summary>CDrugRed gold (JSON Lines) and a submission that shares about half of each visit's drugs.</summary>
    public static (string Gold, string Submission) WriteCDrugRed(string directory, int visits, int seed)
    {
        var random = new Random(seed);
        var goldPath = Path.Combine(directory, $"cdrugred-gold-{visits}.jsonl");
        var submissionPath = Path.Combine(directory, $"cdrugred-submission-{visits}.json");
        using var gold = new StreamWriter(goldPath, false, new UTF8Encoding(false));
        using var submissionFile = File.Create(submissionPath);
        using var submission = new Utf8JsonWriter(submissionFile, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        submission.WriteStartArray();
        for (var i = 0; i < visits; i++)
        {
            var id = $"{(i / 3) + 1}-{(i % 3) + 1}";
            var goldDrugs = Pick(random, random.Next(5, 16));
            var predicted = goldDrugs.Where(_ => random.Next(2) == 0).Concat(Pick(random, random.Next(0, 8))).Distinct().ToArray();
            gold.Write(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                [CDrugRedFields.VisitId] = id,
                [CDrugRedFields.PatientId] = (i / 3) + 1,
                [CDrugRedFields.DischargeMedications] = goldDrugs,
            }, Options));
            gold.Write('\n');

            submission.WriteStartObject();
            submission.WriteString(CDrugRedFields.SubmissionId, id);
            submission.WriteStartArray(CDrugRedFields.SubmissionPrediction);
            foreach (var drug in predicted)
            {
                submission.WriteStringValue(drug);
            }

            submission.WriteEndArray();
            submission.WriteEndObject();
        }

        submission.WriteEndArray();
        return (goldPath, submissionPath);
    }

    /// <summary>ICD gold (JSON array) and a submission with the right primary code about 70% of the time.</summary>
    public static (string Gold, string Submission) WriteIcd(string directory, int records, int seed)
    {
        var random = new Random(seed);
        var primaries = IcdCodeLists.Primary.Select(code => code.Code).ToArray();
        var additional = IcdCodeLists.Additional.Select(code => code.Code).ToArray();
        var goldRows = new List<Dictionary<string, string>>(records);
        var submissionRows = new List<Dictionary<string, string>>(records);
        for (var i = 0; i < records; i++)
        {
            var id = $"ZY{i:000000000000}";
            var primary = primaries[random.Next(primaries.Length)];
            var others = Enumerable.Range(0, random.Next(1, 6)).Select(_ => additional[random.Next(additional.Length)]).Distinct().ToArray();
            var predictedPrimary = random.Next(10) < 7 ? primary : primaries[random.Next(primaries.Length)];
            var predictedOthers = others.Where(_ => random.Next(3) > 0).Append(additional[random.Next(additional.Length)]).Distinct();
            goldRows.Add(new() { [IcdFields.RecordId] = id, [IcdFields.PrimaryCode] = primary, [IcdFields.OtherCodes] = string.Join(';', others) });
            submissionRows.Add(new() { [IcdFields.RecordId] = id, [IcdFields.Prediction] = $"[{predictedPrimary}|{string.Join(';', predictedOthers)}]" });
        }

        var goldPath = Path.Combine(directory, $"icd-gold-{records}.json");
        var submissionPath = Path.Combine(directory, $"icd-submission-{records}.json");
        File.WriteAllText(goldPath, JsonSerializer.Serialize(goldRows, Options));
        File.WriteAllText(submissionPath, JsonSerializer.Serialize(submissionRows, Options));
        return (goldPath, submissionPath);
    }

    private static readonly JsonSerializerOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string[] Pick(Random random, int count)
    {
        var picked = new HashSet<string>(StringComparer.Ordinal);
        while (picked.Count < count)
        {
            picked.Add(CandidateDrugs[random.Next(CandidateDrugs.Length)]);
        }

        return [.. picked];
    }
}
