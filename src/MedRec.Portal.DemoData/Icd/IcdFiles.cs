using System.Text.Json;
using MedRec.Portal.DemoData.Clinical;
using MedRec.Portal.DemoData.Output;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.DemoData.Icd;

/// <summary>Serialises demo ICD records in the official formats.</summary>
internal static class IcdFiles
{
    public static byte[] Records(IEnumerable<IcdRecord> records, bool withLabels) =>
        DemoJson.Array(records, (writer, record) => WriteRecord(writer, record, withLabels));

    /// <summary>
    /// An imperfect prediction in the official format <c>[primary|a;b]</c>: the primary code right 3 times in 4,
    /// each gold additional code kept with probability 0.7, sometimes one wrong code, never zero additional codes.
    /// </summary>
    public static byte[] SampleSubmission(Random random, IEnumerable<IcdRecord> records) => Prediction(random, records, primaryRight: 0.75, keep: 0.7, wrongChance: 0.3);

    /// <summary>
    /// A prediction of the given quality: the primary code right with probability <paramref name="primaryRight"/>
    /// (else any of the five), each gold additional code kept with probability <paramref name="keep"/>, one
    /// random additional code added with probability <paramref name="wrongChance"/> (and whenever none was kept).
    /// </summary>
    public static byte[] Prediction(Random random, IEnumerable<IcdRecord> records, double primaryRight, double keep, double wrongChance) =>
        DemoJson.Array(records, (writer, record) =>
        {
            var primary = random.Chance(primaryRight) ? record.PrimaryCode : random.Pick(IcdCodeLists.Primary).Code;
            var others = record.OtherCodes.Where(_ => random.Chance(keep)).ToList();
            if (others.Count == 0 || random.Chance(wrongChance))
            {
                var extra = random.Pick(IcdCodeLists.Additional).Code;
                if (!others.Contains(extra))
                {
                    others.Add(extra);
                }
            }

            writer.WriteStartObject();
            writer.WriteString(IcdFields.RecordId, record.RecordId);
            writer.WriteString(IcdFields.Prediction, "[" + primary + "|" + string.Join(";", others) + "]");
            writer.WriteEndObject();
        });

    private static void WriteRecord(Utf8JsonWriter writer, IcdRecord record, bool withLabels)
    {
        writer.WriteStartObject();
        writer.WriteString(IcdKeys.RecordId, record.RecordId);
        writer.WriteString(IcdKeys.ChiefComplaint, record.ChiefComplaint);
        writer.WriteString(IcdKeys.PresentIllness, record.PresentIllness);
        writer.WriteString(IcdKeys.PastHistory, record.PastHistory);
        writer.WriteStringOrNull(IcdKeys.PersonalHistory, record.PersonalHistory);
        writer.WriteStringOrNull(IcdKeys.MaritalHistory, record.MaritalHistory);
        writer.WriteStringOrNull(IcdKeys.FamilyHistory, record.FamilyHistory);
        writer.WriteString(IcdKeys.AdmissionState, record.AdmissionState);
        writer.WriteString(IcdKeys.AdmissionDiagnosis, record.AdmissionDiagnosis);
        writer.WriteString(IcdKeys.TreatmentCourse, record.TreatmentCourse);
        writer.WriteStringOrNull(IcdKeys.DischargeState, record.DischargeState);
        writer.WriteStringOrNull(IcdKeys.DischargeAdvice, record.DischargeAdvice);
        // Phase inputs omit the two label keys, as the official test file does.
        if (withLabels)
        {
            writer.WriteString(IcdKeys.PrimaryCode, record.PrimaryCode);
            writer.WriteString(IcdKeys.OtherCodes, string.Join(";", record.OtherCodes));
        }

        writer.WriteEndObject();
    }
}
