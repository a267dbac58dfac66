using System.Globalization;
using MedRec.Portal.DemoData.Clinical;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.DemoData.Icd;

/// <summary>
/// Generates demo ICD coding records: the primary code is the admission scenario's, the additional codes are
/// the patient's coded conditions (at least one), with a little coder noise.
/// </summary>
internal static class IcdRecordGenerator
{
    private static readonly string[] Places = ["原籍", "本市", "农村", "外省"];
    private static readonly string[] Smoking = ["无吸烟史", "吸烟20余年，约10支/日，未戒", "吸烟30年，已戒烟5年", "无烟酒嗜好"];
    private static readonly string[] Drinking = ["无饮酒史", "偶有饮酒", "饮酒20余年，约2两/日"];
    private static readonly string[] Families =
    [
        "父母已故，死因不详，否认家族性遗传病史。",
        "父亲患高血压病，母亲体健，否认家族遗传病史。",
        "母亲患糖尿病，兄妹体健，否认家族性遗传病及传染病史。",
        "家族中无类似疾病患者，否认家族遗传病史。",
    ];

    private static readonly string[] DischargeStates =
    [
        "患者无胸闷胸痛，无心悸气促，精神饮食可。查体：BP {0}/{1}mmHg，双肺呼吸音清，心律齐，双下肢无水肿。",
        "患者症状明显缓解，一般情况可，生命体征平稳，BP {0}/{1}mmHg，准予出院。",
    ];

    public static List<IcdRecord> Generate(Random random, int count, int firstRecordNumber)
    {
        var records = new List<IcdRecord>(count);
        for (var i = 0; i < count; i++)
        {
            var number = firstRecordNumber + i;
            var patient = PatientSampler.Sample(random, number, ScenarioCatalog.Icd);
            if (!OtherCodesOf(patient).Any() && patient.Scenario.IcdFallback is { } fallback)
            {
                patient = patient.With(random, fallback.Group, fallback.Variant);
            }

            records.Add(Compose(random, patient, string.Create(CultureInfo.InvariantCulture, $"DEMO{number:D10}")));
        }

        return records;
    }

    private static IEnumerable<string> OtherCodesOf(DemoPatient patient) =>
        patient.Conditions.Select(c => c.Variant.IcdCode)
            .OfType<string>()
            .Where(code => code != patient.Scenario.IcdPrimaryCode)
            .Distinct(StringComparer.Ordinal);

    private static IcdRecord Compose(Random random, DemoPatient patient, string recordId)
    {
        var text = new ClinicalText(random, patient);
        var drugs = Prescriber.Prescribe(random, patient);
        var main = text.MainDiagnosis();
        var findings = text.ConditionFindings();
        var splitAt = random.Next(findings.Count + 1);
        var diagnoses = text.Diagnoses(main);
        if (diagnoses.Count > 1 && random.Chance(0.2))
        {
            // Admission diagnoses are not always listed main-first.
            random.Shuffle(diagnoses);
        }

        var otherCodes = OtherCodesOf(patient).ToList();
        if (random.Chance(0.05))
        {
            // Coders occasionally add a code the note does not support; a model cannot learn it, as with real data.
            var extra = random.Pick(IcdCodeLists.Additional).Code;
            if (!otherCodes.Contains(extra) && extra != patient.Scenario.IcdPrimaryCode)
            {
                otherCodes.Add(extra);
            }
        }

        return new IcdRecord(
            recordId,
            text.ChiefComplaint(),
            text.PresentIllness(main, returning: random.Chance(0.15)),
            text.PastHistory([]),
            random.Chance(0.02) ? null : PersonalHistory(random),
            random.Chance(0.02) ? null : MaritalHistory(random, patient),
            random.Chance(0.02) ? null : random.Pick(Families),
            text.AdmissionState(findings.Take(splitAt)),
            string.Join(" ", diagnoses.Select((d, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 1}.{d}"))),
            text.Course(drugs, findings.Skip(splitAt)),
            random.Chance(0.02) ? null : ClinicalText.Format(random.Pick(DischargeStates), random.Next(112, 142), random.Next(64, 88)),
            random.Chance(0.02) ? null : DischargeAdvice(random, drugs),
            patient.Scenario.IcdPrimaryCode!,
            otherCodes);
    }

    private static string PersonalHistory(Random random) =>
        ClinicalText.Format("生于{0}，久居本地，无疫区、疫水接触史，{1}，{2}。", random.Pick(Places), random.Pick(Smoking), random.Pick(Drinking));

    private static string MaritalHistory(Random random, DemoPatient patient)
    {
        var sons = random.Next(0, 3);
        var daughters = random.Next(sons == 0 ? 1 : 0, 3);
        return ClinicalText.Format(
            "{0}岁结婚，{1}，育有{2}子{3}女。",
            random.Next(20, 30),
            patient.Sex == "男" ? "配偶体健" : "丈夫体健",
            sons,
            daughters);
    }

    private static string DischargeAdvice(Random random, List<PrescribedDrug> drugs)
    {
        var named = drugs.Where(_ => random.Chance(0.8)).Select(d => d.Drug.ShortName).ToList();
        var medication = named.Count > 0 ? "继续口服" + string.Join("、", named) + "等药物治疗" : "遵医嘱规律服药";
        return ClinicalText.Format(
            "1.低盐低脂饮食，戒烟限酒，适当活动，避免劳累；2.{0}；3.定期复查血常规、肝肾功能、血脂、心电图；4.心内科门诊随诊，如有不适及时就诊。",
            medication);
    }
}
