using System.Globalization;
using MedRec.Portal.DemoData.Clinical;

namespace MedRec.Portal.DemoData.CDrugRed;

/// <summary>
/// Generates demo CDrugRed visits: patients drawn from every scenario, some admitted more than once (visit
/// identifiers <c>demo-{patient}-{visit}</c>), discharge drugs derived from their conditions.
/// </summary>
internal static class CDrugRedVisitGenerator
{
    public static List<CDrugRedVisit> Generate(Random random, int visitCount, int firstPatientNumber)
    {
        var visits = new List<CDrugRedVisit>(visitCount);
        var patientNumber = firstPatientNumber;
        while (visits.Count < visitCount)
        {
            var patient = PatientSampler.Sample(random, patientNumber++, ScenarioCatalog.CDrugRed);
            var visitsOfPatient = random.PickWeightedIndex([0.7, 0.2, 0.1]) + 1;
            var year = random.Next(2017, 2023);
            var month = random.Next(1, 13);
            var birth = string.Create(CultureInfo.InvariantCulture, $"{year - patient.Age:D4}-{random.Next(1, 13):D2}");
            var previous = new List<PrescribedDrug>();
            for (var visit = 1; visit <= visitsOfPatient && visits.Count < visitCount; visit++)
            {
                var drugs = visit == 1 || random.Chance(0.5) ? Prescriber.Prescribe(random, patient) : Refill(random, previous);
                visits.Add(Compose(random, patient, birth, visit, year, month, previous, drugs));
                previous = drugs;
                month += random.Next(2, 15);
                year += (month - 1) / 12;
                month = ((month - 1) % 12) + 1;
            }
        }

        return visits;
    }

    // A returning patient usually leaves with most of last time's drugs.
    private static List<PrescribedDrug> Refill(Random random, List<PrescribedDrug> previous)
    {
        var kept = previous.Where(_ => random.Chance(0.9)).ToList();
        return kept.Count > 0 ? kept : [previous[0]];
    }

    private static CDrugRedVisit Compose(
        Random random, DemoPatient patient, string birth, int visit, int year, int month, List<PrescribedDrug> previous, List<PrescribedDrug> drugs)
    {
        var text = new ClinicalText(random, patient);
        var main = text.MainDiagnosis();
        var findings = text.ConditionFindings();
        var splitAt = random.Next(findings.Count + 1);
        var complaint = text.ChiefComplaint();
        var illness = text.PresentIllness(main, returning: visit > 1);
        var history = text.PastHistory(previous);
        var admission = text.AdmissionState(findings.Take(splitAt));
        var course = text.Course(drugs, findings.Skip(splitAt));
        var diagnoses = text.Diagnoses(main);
        return new CDrugRedVisit(
            patient.Number,
            string.Create(CultureInfo.InvariantCulture, $"demo-{patient.Number}-{visit}"),
            patient.Sex,
            birth,
            patient.Ethnicity,
            patient.Bmi,
            string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}"),
            course,
            random.Chance(0.03) ? null : admission,
            illness,
            random.Chance(0.03) ? null : history,
            random.Chance(0.01) ? null : complaint,
            diagnoses,
            drugs.Select(d => d.Drug.Name).ToList());
    }
}
