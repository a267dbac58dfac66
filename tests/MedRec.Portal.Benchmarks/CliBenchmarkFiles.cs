using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.Benchmarks;

/// <summary>
/// The files of the <c>cli</c> benchmark: 100k-record gold and submission files of the size a real phase of that many
/// records would have (CDrugRed: about 6 drugs per visit, as in the public training labels; one record per line, as
/// teams write them). Records are random; the drug names are the phase's real candidate list when
/// ../shared/data has it (its names are as long as real ones, which the file size and so the timings depend on),
/// else invented names of similar length. Written to a temporary folder, never committed.
/// </summary>
internal static class CliBenchmarkFiles
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The candidate drug list: the real one from <paramref name="sharedData"/> when present, else invented names.</summary>
    public static (string[] Drugs, string Source) CandidateDrugs(string sharedData)
    {
        var real = Path.Combine(sharedData, "cdrugred", "候选药物列表.json");
        if (File.Exists(real))
        {
            return (JsonSerializer.Deserialize<string[]>(File.ReadAllText(real))!, "the candidate list of ../shared/data, random visits");
        }

        return ([.. Enumerable.Range(1, SyntheticFiles.CandidateCount).Select(i => $"合成药{i:000}片")], "invented drug names, random visits");
    }

    /// <summary>CDrugRed gold (JSON Lines), the candidate list and a submission sharing about 60% of each visit's drugs.</summary>
    public static (string Gold, string Candidates, string Submission) WriteCDrugRed(string directory, string[] drugs, int visits)
    {
        var random = new Random(20251203);
        var goldPath = Path.Combine(directory, "cdrugred-gold.jsonl");
        var candidatesPath = Path.Combine(directory, "cdrugred-candidates.json");
        var submissionPath = Path.Combine(directory, "cdrugred-submission.json");
        File.WriteAllText(candidatesPath, JsonSerializer.Serialize(drugs, Json));
        using var gold = new StreamWriter(goldPath, false, new UTF8Encoding(false));
        using var submission = new StreamWriter(submissionPath, false, new UTF8Encoding(false));
        submission.Write("[\n");
        for (var i = 0; i < visits; i++)
        {
            var id = $"{(i / 3) + 1}-{(i % 3) + 1}";
            var goldDrugs = Pick(random, drugs, random.Next(1, 12));
            var predicted = goldDrugs.Where(_ => random.Next(5) < 3).Concat(Pick(random, drugs, random.Next(0, 4))).Distinct(StringComparer.Ordinal);
            gold.Write(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                [CDrugRedFields.VisitId] = id,
                [CDrugRedFields.PatientId] = (i / 3) + 1,
                [CDrugRedFields.DischargeMedications] = goldDrugs,
            }, Json));
            gold.Write('\n');
            submission.Write(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                [CDrugRedFields.SubmissionId] = id,
                [CDrugRedFields.SubmissionPrediction] = predicted,
            }, Json));
            submission.Write(i + 1 < visits ? ",\n" : "\n");
        }

        submission.Write("]\n");
        return (goldPath, candidatesPath, submissionPath);
    }

    /// <summary>ICD gold (JSON array, one record per line) and a submission with the right primary code about 70% of the time.</summary>
    public static (string Gold, string Submission) WriteIcd(string directory, int records)
    {
        var random = new Random(20251204);
        var primaries = IcdCodeLists.Primary.Select(code => code.Code).ToArray();
        var additional = IcdCodeLists.Additional.Select(code => code.Code).ToArray();
        var goldPath = Path.Combine(directory, "icd-gold.json");
        var submissionPath = Path.Combine(directory, "icd-submission.json");
        using var gold = new StreamWriter(goldPath, false, new UTF8Encoding(false));
        using var submission = new StreamWriter(submissionPath, false, new UTF8Encoding(false));
        gold.Write("[\n");
        submission.Write("[\n");
        for (var i = 0; i < records; i++)
        {
            var id = $"ZY{i:000000000000}";
            var primary = primaries[random.Next(primaries.Length)];
            var others = Pick(random, additional, random.Next(1, 6));
            var predictedPrimary = random.Next(10) < 7 ? primary : primaries[random.Next(primaries.Length)];
            var predictedOthers = others.Where(_ => random.Next(3) > 0).Append(additional[random.Next(additional.Length)]).Distinct(StringComparer.Ordinal);
            var separator = i + 1 < records ? ",\n" : "\n";
            gold.Write(JsonSerializer.Serialize(new Dictionary<string, string>
            {
                [IcdFields.RecordId] = id,
                [IcdFields.PrimaryCode] = primary,
                [IcdFields.OtherCodes] = string.Join(';', others),
            }, Json) + separator);
            submission.Write(JsonSerializer.Serialize(new Dictionary<string, string>
            {
                [IcdFields.RecordId] = id,
                [IcdFields.Prediction] = $"[{predictedPrimary}|{string.Join(';', predictedOthers)}]",
            }, Json) + separator);
        }

        gold.Write("]\n");
        submission.Write("]\n");
        return (goldPath, submissionPath);
    }

    private static string[] Pick(Random random, string[] from, int count)
    {
        var picked = new HashSet<string>(StringComparer.Ordinal);
        while (picked.Count < count)
        {
            picked.Add(from[random.Next(from.Length)]);
        }

        return [.. picked];
    }
}
