using System.Text.Json;
using MedRec.Portal.DemoData.Clinical;
using MedRec.Portal.DemoData.Output;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.DemoData.CDrugRed;

/// <summary>Serialises demo CDrugRed visits in the official formats.</summary>
internal static class CDrugRedFiles
{
    public static byte[] Records(IEnumerable<CDrugRedVisit> visits, bool withLabels) =>
        DemoJson.Lines(visits, (writer, visit) => WriteVisit(writer, visit, withLabels));

    public static byte[] Candidates() => DemoJson.Array(DrugCatalog.Names, (writer, name) => writer.WriteStringValue(name));

    /// <summary>
    /// An imperfect prediction in the official submission format: each gold drug kept with probability 0.7,
    /// plus up to two wrong drugs; it scores clearly above 0 and clearly below 1.
    /// </summary>
    public static byte[] SampleSubmission(Random random, IEnumerable<CDrugRedVisit> visits) => Prediction(random, visits, keep: 0.7, maxWrong: 2);

    /// <summary>
    /// A prediction of the given quality: each gold drug kept with probability <paramref name="keep"/>, plus
    /// 0 to <paramref name="maxWrong"/> drugs drawn from the whole candidate list (almost always wrong).
    /// </summary>
    public static byte[] Prediction(Random random, IEnumerable<CDrugRedVisit> visits, double keep, int maxWrong) =>
        DemoJson.Array(visits, (writer, visit) =>
        {
            var prediction = visit.DischargeMedications.Where(_ => random.Chance(keep)).ToList();
            for (var extra = random.Next(0, maxWrong + 1); extra > 0; extra--)
            {
                var name = random.Pick(DrugCatalog.Names);
                if (!prediction.Contains(name))
                {
                    prediction.Add(name);
                }
            }

            writer.WriteStartObject();
            writer.WriteString(CDrugRedFields.SubmissionId, visit.VisitId);
            writer.WriteStringArray(CDrugRedFields.SubmissionPrediction, prediction);
            writer.WriteEndObject();
        });

    private static void WriteVisit(Utf8JsonWriter writer, CDrugRedVisit visit, bool withLabels)
    {
        writer.WriteStartObject();
        writer.WriteNumber(CDrugRedKeys.PatientId, visit.PatientNumber);
        writer.WriteString(CDrugRedKeys.VisitId, visit.VisitId);
        writer.WriteString(CDrugRedKeys.Sex, visit.Sex);
        writer.WriteString(CDrugRedKeys.BirthMonth, visit.BirthMonth);
        writer.WriteStringOrNull(CDrugRedKeys.Ethnicity, visit.Ethnicity);
        if (visit.Bmi is { } bmi)
        {
            writer.WriteNumber(CDrugRedKeys.Bmi, bmi);
        }
        else
        {
            writer.WriteNull(CDrugRedKeys.Bmi);
        }

        writer.WriteString(CDrugRedKeys.VisitMonth, visit.VisitMonth);
        writer.WriteString(CDrugRedKeys.CourseDescription, visit.CourseDescription);
        writer.WriteStringOrNull(CDrugRedKeys.AdmissionState, visit.AdmissionState);
        writer.WriteStringOrNull(CDrugRedKeys.PresentIllness, visit.PresentIllness);
        writer.WriteStringOrNull(CDrugRedKeys.PastHistory, visit.PastHistory);
        writer.WriteStringOrNull(CDrugRedKeys.ChiefComplaint, visit.ChiefComplaint);
        writer.WriteStringArray(CDrugRedKeys.DischargeDiagnoses, visit.DischargeDiagnoses);
        // Phase inputs keep the key with an empty list, exactly as the official test files do.
        writer.WriteStringArray(CDrugRedKeys.DischargeMedications, withLabels ? visit.DischargeMedications : []);
        writer.WriteEndObject();
    }
}
