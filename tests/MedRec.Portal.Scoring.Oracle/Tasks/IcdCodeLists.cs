namespace MedRec.Portal.Scoring.Tasks;

/// <summary>An ICD-10 code the CCL 2025 ICD coding task allows, with its Chinese name.</summary>
/// <param name="Code">The code exactly as the task writes it, e.g. <c>I21.401</c>.</param>
/// <param name="Name">The code's Chinese name from the national ICD-10 dictionary (clinical version 2.0).</param>
public sealed record IcdCode(string Code, string Name);

/// <summary>
/// The label lists of the CCL 2025 Chinese EMR ICD coding task: 5 primary-diagnosis codes and 53
/// additional-diagnosis codes, as published in the public task description. They are built in because they
/// are part of the task's public definition (unlike CDrugRed's candidate list, which is licensed data).
/// </summary>
public static class IcdCodeLists
{
    /// <summary>The 5 codes a record's primary diagnosis (主要诊断编码) may take.</summary>
    public static IReadOnlyList<IcdCode> Primary { get; } =
    [
        new("I10.x00x032", "高血压病3级（极高危）"),
        new("I20.000", "不稳定型心绞痛"),
        new("I20.800x007", "微血管性心绞痛"),
        new("I21.401", "急性非ST段抬高型心肌梗死"),
        new("I50.900x018", "慢性心功能不全急性加重"),
    ];

    /// <summary>The 53 codes a record's additional diagnoses (其他诊断编码) may take.</summary>
    public static IReadOnlyList<IcdCode> Additional { get; } =
    [
        new("E04.101", "甲状腺结节"),
        new("E04.102", "甲状腺囊肿"),
        new("E11.900", "2型糖尿病"),
        new("E14.900x001", "糖尿病"),
        new("E72.101", "高同型半胱氨酸血症"),
        new("E78.500", "高脂血症"),
        new("E87.600", "低钾血症"),
        new("I10.x00x023", "高血压病1级（高危）"),
        new("I10.x00x024", "高血压病1级（极高危）"),
        new("I10.x00x027", "高血压病2级（高危）"),
        new("I10.x00x028", "高血压病2级（极高危）"),
        new("I10.x00x031", "高血压病3级（高危）"),
        new("I10.x00x032", "高血压病3级（极高危）"),
        new("I20.000", "不稳定型心绞痛"),
        new("I25.102", "冠状动脉粥样硬化"),
        new("I25.103", "冠状动脉粥样硬化性心脏病"),
        new("I25.200", "陈旧性心肌梗死"),
        new("I31.800x004", "心包积液"),
        new("I38.x01", "心脏瓣膜病"),
        new("I48.x01", "心房颤动"),
        new("I48.x02", "阵发性心房颤动"),
        new("I49.100x001", "房性期前收缩[房性早搏]"),
        new("I49.100x002", "频发性房性期前收缩"),
        new("I49.300x001", "频发性室性期前收缩"),
        new("I49.300x002", "室性期前收缩"),
        new("I49.400x002", "偶发房室性期前收缩"),
        new("I49.400x003", "频发性期前收缩"),
        new("I49.900", "心律失常"),
        new("I50.900x007", "心功能Ⅱ级(NYHA分级)"),
        new("I50.900x008", "心功能III级(NYHA分级)"),
        new("I50.900x010", "心功能IV级(NYHA分级)"),
        new("I50.900x014", "KillipII级"),
        new("I50.900x015", "KillipIII级"),
        new("I50.900x016", "KillipIV级"),
        new("I50.900x018", "慢性心功能不全急性加重"),
        new("I50.907", "急性心力衰竭"),
        new("I63.900", "脑梗死"),
        new("I67.200x011", "脑动脉粥样硬化"),
        new("I69.300x002", "陈旧性脑梗死"),
        new("I70.203", "下肢动脉粥样硬化"),
        new("I70.806", "颈动脉硬化"),
        new("J18.900", "肺炎"),
        new("J98.414", "肺部感染"),
        new("K76.000", "脂肪肝"),
        new("K76.807", "肝囊肿"),
        new("N19.x00x002", "肾功能不全"),
        new("N28.101", "单纯性肾囊肿"),
        new("Q24.501", "冠状动脉肌桥"),
        new("R42.x00x004", "头晕"),
        new("R91.x00x003", "肺诊断性影像异常"),
        new("Z54.000x033", "青光眼术后"),
        new("Z95.501", "冠状动脉支架植入后状态"),
        new("Z98.800x612", "乳腺术后"),
    ];
}
