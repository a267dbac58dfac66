using System.Globalization;
using System.Text;

namespace MedRec.Portal.DemoData.Clinical;

/// <summary>
/// Composes the Chinese note sections both tasks share. Conditions are mentioned with varied wording and some
/// omitted, absent conditions are sometimes denied ("否认糖尿病史"), and drugs appear by their short names: the
/// labels are recoverable from the text, but not by exact lookup.
/// </summary>
internal sealed class ClinicalText(Random random, DemoPatient patient)
{
    private static readonly string[] GeneralDenials =
    [
        "否认肝炎、结核等传染病史，否认重大外伤史，否认输血史，否认食物药物过敏史。",
        "否认肝炎、结核、伤寒等传染病史，否认手术外伤史，否认药物过敏史，预防接种史不详。",
        "否认传染病史，否认手术史，否认输血史，无药物过敏史。",
    ];

    private static readonly string[] Closings =
    [
        "病程中无发热，饮食睡眠可，大小便正常，体重无明显变化。今为进一步诊治收入我科。",
        "自发病以来，精神、食欲欠佳，睡眠一般，二便如常。门诊以“{0}”收入院。",
        "发病以来精神可，夜间睡眠差，大便正常，小便量少。为求进一步治疗入院。",
    ];

    // Pertinent negatives and routine work-up: every real note has them, and they make the text as long and as
    // repetitive as real notes, so a model has to find the informative phrases among them.
    private static readonly string[] PertinentNegatives =
    [
        "无恶心呕吐，无黑曚晕厥，无咳嗽咳痰，无腹痛腹泻。",
        "无发热畏寒，无咯血，无夜间阵发性呼吸困难，无肢体活动障碍。",
        "无头痛，无视物旋转，无意识障碍，无二便失禁。",
        "无反酸嗳气，无尿频尿急尿痛，无双下肢水肿。",
    ];

    private static readonly string[] OutsideCare =
    [
        "曾于当地医院就诊，予对症治疗后症状稍缓解，但仍反复发作。",
        "曾在外院门诊治疗，具体用药不详，效果欠佳。",
        "未予重视，未系统诊治。",
    ];

    private static readonly string[] Examinations =
    [
        "颈静脉无怒张，甲状腺未触及肿大。",
        "心界不大，心尖搏动位于左侧第五肋间锁骨中线内0.5cm。",
        "肝脾肋下未触及，肝颈静脉回流征阴性。",
        "神经系统查体：四肢肌力、肌张力正常，病理征未引出。",
    ];

    private static readonly string[] Workups =
    [
        "完善血常规、尿常规、大便常规、肝肾功能、电解质、血脂、凝血功能、心肌酶谱、甲状腺功能等检查",
        "完善血常规、肝肾功能、电解质、血糖、血脂、BNP、D-二聚体、心电图、胸部影像学等检查",
        "予一级护理，低盐低脂饮食，心电监护，完善三大常规、生化全套、凝血功能及心脏彩超等检查",
    ];

    private static readonly string[] Progress =
    [
        "住院期间患者病情平稳，未再出现明显不适。",
        "复查血常规、肝肾功能、电解质未见明显异常。",
        "治疗第3天患者症状较前明显减轻，继续当前方案治疗。",
        "住院期间监测血压、心率控制尚可，夜间睡眠改善。",
        "经上级医师查房，同意目前诊断及治疗方案，嘱患者注意休息。",
    ];

    private static readonly string[] Recoveries =
    [
        "经治疗后患者症状明显好转，病情稳定，予办理出院。",
        "患者症状缓解，生命体征平稳，准予出院。",
        "经积极治疗，患者无明显不适，复查指标好转，今日出院。",
    ];

    public Random Random { get; } = random;

    public DemoPatient Patient { get; } = patient;

    public string ChiefComplaint() =>
        Format(Random.Pick(Patient.Scenario.Complaints), LongDuration(), ShortDuration(), Patient.MaxBloodPressure);

    public string PresentIllness(string mainDiagnosis, bool returning)
    {
        var text = new StringBuilder();
        if (returning)
        {
            text.Append(Format("患者既往因“{0}”多次在我科住院治疗，出院后规律服药。", mainDiagnosis));
        }

        var story = Format(Random.Pick(Patient.Scenario.Stories), LongDuration(), ShortDuration(), Patient.MaxBloodPressure);
        text.Append(story);
        if (!story.Contains("入院", StringComparison.Ordinal))
        {
            text.Append(Random.Pick(OutsideCare));
        }

        foreach (var negative in Random.PickDistinctFavouringFirst(PertinentNegatives, Random.Next(1, 3)))
        {
            text.Append(negative);
        }

        text.Append(Format(Random.Pick(Closings), mainDiagnosis));
        return text.ToString();
    }

    /// <summary>
    /// Past history: remembered conditions (most, not all), denials of a few absent ones, the drugs a returning
    /// patient has taken since the previous visit (most of them), and the standard denials.
    /// </summary>
    public string PastHistory(IReadOnlyList<PrescribedDrug> previousDrugs)
    {
        var sentences = new List<string>();
        foreach (var condition in Patient.Conditions.Where(c => c.Group.Findings is null))
        {
            if (Random.Chance(0.8))
            {
                var template = Random.Pick(condition.Group.History);
                sentences.Add(Format(template, Random.Pick(condition.Variant.Names), condition.Years, Patient.MaxBloodPressure));
            }
        }

        var deniable = ConditionCatalog.Groups.Where(g => g.Denial is not null && !Patient.Has(g.Key)).Select(g => g.Denial!).ToList();
        var denied = deniable.Where(_ => Random.Chance(0.35)).ToList();
        if (denied.Count > 0)
        {
            sentences.Add("否认" + string.Join("、", denied) + "病史");
        }

        if (previousDrugs.Count > 0)
        {
            sentences.Add("长期口服" + string.Join("、", previousDrugs.Where(_ => Random.Chance(0.85)).Select(d => d.Drug.ShortName).DefaultIfEmpty(previousDrugs[0].Drug.ShortName)) + "治疗");
        }

        var text = sentences.Count == 0 ? "平素体健。" : string.Join("，", sentences) + "。";
        return text + Random.Pick(GeneralDenials);
    }

    public string AdmissionState(IEnumerable<string> extraFindings)
    {
        var systolic = Patient.Has("hypertension") ? Random.Next(138, 182) : Random.Next(108, 142);
        var diastolic = Math.Min(systolic - 30, Random.Next(62, 104));
        var text = new StringBuilder(Format(
            "T {0}℃，P {1}次/分，R {2}次/分，BP {3}/{4}mmHg。神志清楚，精神尚可，查体合作。",
            (36.2 + (Random.Next(0, 9) / 10.0)).ToString("0.0", CultureInfo.InvariantCulture), Random.Next(58, 112), Random.Next(16, 23), systolic, diastolic));
        text.Append(Random.Chance(0.5) ? "双肺呼吸音清，未闻及干湿性啰音。" : "双肺呼吸音粗。");
        text.Append("心律齐，各瓣膜听诊区未闻及病理性杂音。腹软，无压痛，");
        text.Append(Patient.Scenario == ScenarioCatalog.HeartFailure ? "双下肢凹陷性水肿。" : "双下肢无水肿。");
        foreach (var examination in Random.PickDistinctFavouringFirst(Examinations, Random.Next(1, 4)))
        {
            text.Append(examination);
        }

        var findings = Random.PickDistinctFavouringFirst(Patient.Scenario.Findings, Random.Next(1, 3)).Concat(extraFindings).ToList();
        if (findings.Count > 0)
        {
            text.Append("辅助检查：").Append(string.Join("；", findings)).Append('。');
        }

        return text.ToString();
    }

    /// <summary>Findings that reveal finding-type conditions (cysts, nodules, lab abnormalities), most of them.</summary>
    public List<string> ConditionFindings() =>
        Patient.Conditions
            .Where(c => c.Group.Findings is not null && Random.Chance(0.75))
            .Select(c => Format(Random.Pick(c.Group.Findings!), Random.Pick(c.Variant.Names)))
            .ToList();

    /// <summary>
    /// The hospital course: procedures, the discharge drugs by short name with their purpose (each mentioned
    /// with probability 0.65), sometimes a drug that was stopped, and a recovery sentence.
    /// </summary>
    public string Course(IReadOnlyList<PrescribedDrug> drugs, IEnumerable<string> findings)
    {
        var text = new StringBuilder("入院后").Append(Random.Pick(Workups));
        var findingList = findings.ToList();
        text.Append(findingList.Count > 0 ? "，" + string.Join("；", findingList) + "。" : "。");
        foreach (var sentence in Random.PickDistinctFavouringFirst(Patient.Scenario.Course, Random.Next(1, 3)))
        {
            text.Append(sentence).Append('。');
        }

        var treatments = drugs.Where(_ => Random.Chance(0.65))
            .GroupBy(d => d.Purpose, StringComparer.Ordinal)
            .Select(g => string.Join("、", g.Select(d => d.Drug.ShortName)) + g.Key)
            .ToList();
        if (treatments.Count > 0)
        {
            text.Append("予").Append(string.Join("，", treatments)).Append("等治疗。");
        }

        if (Random.Chance(0.25))
        {
            var stopped = Random.Pick(DrugCatalog.All);
            if (drugs.All(d => d.Drug.Name != stopped.Name))
            {
                text.Append(Format("住院期间曾予{0}治疗，后因症状缓解停用。", stopped.ShortName));
            }
        }

        foreach (var sentence in Random.PickDistinctFavouringFirst(Progress, Random.Next(1, 4)))
        {
            text.Append(sentence);
        }

        text.Append(Random.Pick(Recoveries));
        return text.ToString();
    }

    /// <summary>Diagnosis wordings: the main one, then most of the conditions (each with probability 0.85).</summary>
    public List<string> Diagnoses(string mainDiagnosis)
    {
        var diagnoses = new List<string> { mainDiagnosis };
        // A condition the scenario forces is the main diagnosis itself: listing it again would only repeat it.
        foreach (var condition in Patient.Conditions.Where(c => !Patient.Scenario.Forced.Contains((c.Group.Key, c.Variant.Key))))
        {
            var name = Random.Pick(condition.Variant.Names);
            if (Random.Chance(0.85) && !diagnoses.Contains(name))
            {
                diagnoses.Add(name);
            }
        }

        return diagnoses;
    }

    public string MainDiagnosis()
    {
        // The formal wording dominates, as in real discharge summaries.
        var names = Patient.Scenario.DiagnosisNames;
        return Random.Chance(0.5) ? names[0] : Random.Pick(names);
    }

    public static string Format(string template, params object[] args) => string.Format(CultureInfo.InvariantCulture, template, args);

    private string LongDuration() => Random.Chance(0.7) ? Format("{0}年", Random.Next(1, 16)) : Format("{0}月", Random.Next(2, 12));

    private string ShortDuration() => Random.Next(3) switch
    {
        0 => Format("{0}天", Random.Next(1, 15)),
        1 => Format("{0}周", Random.Next(1, 5)),
        _ => Format("{0}小时", Random.Next(2, 24)),
    };
}
