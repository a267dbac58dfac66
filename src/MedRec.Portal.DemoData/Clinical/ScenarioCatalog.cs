using static MedRec.Portal.DemoData.Clinical.ConditionCatalog;

namespace MedRec.Portal.DemoData.Clinical;

/// <summary>
/// Reasons for admission. The first five are the ICD task's primary diagnoses (one per primary code); all of
/// them serve CDrugRed, which is not limited to cardiology.
/// </summary>
internal static class ScenarioCatalog
{
    private static readonly DrugRule DualAntiplatelet = R("抗血小板聚集", 0.95, 1, 2, "阿司匹林肠溶片", "硫酸氢氯吡格雷片", "替格瑞洛片");
    private static readonly DrugRule Statin = R("调脂稳斑", 0.9, 1, 1, "阿托伐他汀钙片", "瑞舒伐他汀钙片", "匹伐他汀钙片");
    private static readonly DrugRule BetaBlocker = R("控制心率", 0.6, 1, 1, "琥珀酸美托洛尔缓释片", "富马酸比索洛尔片", "酒石酸美托洛尔片");

    public static Scenario UnstableAngina { get; } = new(
        "unstable-angina", 1.0, "I20.000",
        ["不稳定型心绞痛", "不稳定性心绞痛", "冠心病 不稳定型心绞痛", "冠心病 心绞痛", "急性冠脉综合征"],
        ["反复胸闷{0}，加重{1}", "阵发性胸痛{0}，再发加重{1}", "活动后胸闷气短{0}，加重{1}"],
        [
            "患者{0}前活动后出现胸骨后闷痛，呈压榨样，持续数分钟，休息后可缓解。{1}前上述症状发作频繁，静息时亦有发作，持续时间延长。",
            "患者{0}前开始反复出现胸闷，多于劳累后发作，含服硝酸甘油可缓解。{1}前无明显诱因胸闷加重，伴出汗，为进一步诊治入院。",
        ],
        ["心电图示V4-V6导联ST段压低0.1mV", "肌钙蛋白I阴性", "冠脉造影示前降支近段狭窄约80%", "心脏彩超示左室舒张功能减低"],
        ["入院后予低分子肝素皮下注射抗凝", "完善冠状动脉造影检查", "予硝酸甘油静脉泵入扩冠"],
        [],
        new Dictionary<string, double> { ["chd"] = 0.85, ["stent"] = 0.35, ["lipids"] = 0.45, ["unstable-angina"] = 0, ["old-mi"] = 0.1 },
        [DualAntiplatelet, Statin, R("扩冠改善心肌缺血", 0.6, 1, 2, "单硝酸异山梨酯缓释片", "尼可地尔片", "盐酸曲美他嗪缓释片"), BetaBlocker],
        ("chd", "chd"));

    public static Scenario MicrovascularAngina { get; } = new(
        "microvascular-angina", 1.1, "I20.800x007",
        ["微血管性心绞痛", "冠状动脉微血管疾病", "冠心病 心绞痛", "胸痛待查"],
        ["反复胸痛{0}，加重{1}", "发作性胸闷{0}，加重{1}", "劳累后胸闷{0}"],
        [
            "患者{0}前劳累后出现心前区闷痛，持续十余分钟至半小时，含服硝酸甘油效果欠佳。{1}前症状再发。",
            "患者{0}前情绪激动后出现胸闷、胸痛，向左肩放射，多次就诊，冠脉检查未见明显狭窄。{1}前再次发作。",
        ],
        ["冠脉造影未见明显狭窄", "运动平板试验阳性", "冠脉CTA示冠状动脉未见明显狭窄", "心肌灌注显像示前壁心肌缺血"],
        ["完善冠脉CTA检查", "予改善微循环治疗"],
        [],
        new Dictionary<string, double> { ["chd"] = 0.35, ["myocardial-bridge"] = 0.15, ["lipids"] = 0.4, ["thyroid"] = 0.18 },
        [R("改善微循环", 0.85, 1, 2, "尼可地尔片", "盐酸地尔硫䓬片", "盐酸曲美他嗪缓释片", "麝香保心丸", "通心络胶囊"),
            R("抗血小板聚集", 0.7, 1, 1, "阿司匹林肠溶片", "吲哚布芬片"), Statin with { Probability = 0.7 }],
        ("chd", "atherosclerosis"));

    public static Scenario Nstemi { get; } = new(
        "nstemi", 0.9, "I21.401",
        ["急性非ST段抬高型心肌梗死", "急性非ST段抬高性心肌梗死", "NSTEMI", "急性冠脉综合征", "急性心肌梗死"],
        ["突发胸痛{1}", "胸痛伴大汗{1}", "持续性胸闷胸痛{1}"],
        [
            "患者{1}前无明显诱因突发胸骨后压榨样疼痛，持续不缓解，伴大汗淋漓、恶心，急诊查肌钙蛋白明显升高。",
            "患者{0}前偶有活动后胸闷，{1}前突发剧烈胸痛，持续约1小时不缓解，急来我院，心电图示ST段压低。",
        ],
        ["肌钙蛋白I 5.6ng/ml，明显升高", "心电图示II、III、aVF导联ST段压低、T波倒置", "冠脉造影示右冠状动脉中段次全闭塞", "心脏彩超示下壁运动减弱"],
        ["急诊行冠状动脉造影+经皮冠状动脉介入治疗", "予替罗非班静脉泵入抗血小板", "予低分子肝素抗凝"],
        [],
        new Dictionary<string, double> { ["chd"] = 0.9, ["stent"] = 0.55, ["killip"] = 0.45, ["acute-hf"] = 0.05, ["unstable-angina"] = 0 },
        [DualAntiplatelet with { Min = 2 }, Statin, BetaBlocker with { Probability = 0.7 },
            R("改善心室重构", 0.5, 1, 1, "培哚普利叔丁胺片", "沙库巴曲缬沙坦钠片", "盐酸贝那普利片"),
            R("护胃", 0.5, 1, 1, "泮托拉唑钠肠溶片", "雷贝拉唑钠肠溶片", "奥美拉唑肠溶胶囊")],
        ("chd", "chd"));

    public static Scenario HeartFailure { get; } = new(
        "heart-failure", 1.0, "I50.900x018",
        ["慢性心功能不全急性加重", "慢性心力衰竭急性加重", "慢性心功能不全急性失代偿", "心力衰竭"],
        ["反复胸闷气促{0}，加重伴双下肢水肿{1}", "活动后气短{0}，夜间不能平卧{1}", "反复心累气紧{0}，加重{1}"],
        [
            "患者{0}前出现活动后胸闷气促，休息后缓解，诊断为心力衰竭。{1}前受凉后气促加重，夜间阵发性呼吸困难，伴双下肢水肿、尿量减少。",
            "患者{0}前开始反复出现心累、气紧，活动耐量逐渐下降。{1}前症状加重，不能平卧，伴咳嗽、咳白色泡沫痰。",
        ],
        ["NT-proBNP 5680pg/ml，明显升高", "心脏彩超示左室射血分数35%，全心增大", "双肺底可闻及湿啰音，双下肢凹陷性水肿", "胸片示心影增大，肺淤血"],
        ["予呋塞米静推利尿", "予重组人脑利钠肽改善心衰", "予吸氧、控制液体入量"],
        [],
        new Dictionary<string, double>
        {
            ["nyha"] = 0.8, ["af"] = 0.35, ["valve"] = 0.25, ["pericardial-effusion"] = 0.15, ["renal-insufficiency"] = 0.25,
            ["hypokalaemia"] = 0.15, ["chd"] = 0.5, ["premature-beats"] = 0.2, ["lung-infection"] = 0.15, ["unstable-angina"] = 0.1,
            ["chronic-hf"] = 0, ["acute-hf"] = 0,
        },
        [R("利尿消肿", 0.95, 1, 2, "呋塞米片", "螺内酯片", "托拉塞米片", "托伐普坦片"),
            R("改善心室重构", 0.7, 1, 1, "沙库巴曲缬沙坦钠片", "培哚普利叔丁胺片", "缬沙坦胶囊"),
            BetaBlocker, R("改善心衰预后", 0.4, 1, 1, "达格列净片", "恩格列净片"), R("强心", 0.2, 1, 1, "地高辛片", "芪苈强心胶囊")],
        ("nyha", "3"));

    public static Scenario SevereHypertension { get; } = new(
        "severe-hypertension", 0.85, "I10.x00x032",
        ["高血压病3级（极高危）", "高血压3级 极高危", "原发性高血压3级（极高危组）", "高血压病", "高血压急症"],
        ["头晕头痛{0}，加重{1}", "发现血压升高{0}，头晕{1}", "血压升高{0}，控制不佳{1}"],
        [
            "患者{0}前体检发现血压升高，最高达{2}，间断服药，血压控制不佳。{1}前出现头晕、头痛，伴视物模糊。",
            "患者{0}前无明显诱因出现头晕，测血压{2}，诊断为高血压病，{1}前头晕加重伴恶心。",
        ],
        ["入院血压186/108mmHg", "心脏彩超示左室肥厚", "眼底检查示高血压视网膜病变", "尿微量白蛋白升高"],
        ["予乌拉地尔静脉泵入控制血压", "完善肾动脉彩超排除继发性高血压"],
        [("hypertension", "3-very-high")],
        new Dictionary<string, double>
        {
            ["dizziness"] = 0.4, ["peripheral-atherosclerosis"] = 0.45, ["cerebrovascular"] = 0.25, ["homocysteine"] = 0.25,
            ["renal-insufficiency"] = 0.1, ["chd"] = 0.3,
        },
        // One drug per class, as guidelines combine them: calcium-channel blocker, ARB/ACE inhibitor, then others.
        [R("降压", 0.9, 1, 1, "苯磺酸氨氯地平片", "硝苯地平控释片", "非洛地平缓释片"),
            R("降压", 0.85, 1, 1, "厄贝沙坦片", "缬沙坦胶囊", "替米沙坦片", "奥美沙坦酯片", "培哚普利叔丁胺片", "厄贝沙坦氢氯噻嗪片"),
            R("控制心率", 0.4, 1, 1, "琥珀酸美托洛尔缓释片", "富马酸比索洛尔片", "盐酸阿罗洛尔片"),
            R("利尿降压", 0.3, 1, 1, "吲达帕胺缓释片", "氢氯噻嗪片"),
            R("降压", 0.15, 1, 1, "盐酸特拉唑嗪片", "盐酸乌拉地尔缓释胶囊")],
        ("dizziness", "dizziness"));

    public static Scenario PoorlyControlledDiabetes { get; } = new(
        "diabetes", 1.0, null,
        ["2型糖尿病", "2型糖尿病血糖控制不佳", "2型糖尿病伴多个并发症"],
        ["口干多饮多尿{0}，血糖控制不佳{1}", "发现血糖升高{0}，双足麻木{1}"],
        [
            "患者{0}前出现口干、多饮、多尿，诊断为2型糖尿病，长期口服降糖药，未规律监测血糖。{1}前自测空腹血糖波动于10-15mmol/L。",
            "患者{0}前体检发现血糖升高，{1}前出现双足麻木、刺痛，为调整降糖方案入院。",
        ],
        ["空腹血糖12.3mmol/L", "糖化血红蛋白9.8%", "肌电图示周围神经传导速度减慢"],
        ["予胰岛素泵强化降糖", "予糖尿病饮食宣教"],
        [("diabetes", "type2")],
        new Dictionary<string, double> { ["lipids"] = 0.5, ["fatty-liver"] = 0.35, ["hypertension"] = 0.5 },
        [R("控制血糖", 0.9, 1, 2, "甘精胰岛素注射液", "门冬胰岛素注射液", "门冬胰岛素30注射液", "地特胰岛素注射液", "利拉鲁肽注射液",
                "度拉糖肽注射液", "司美格鲁肽注射液"),
            R("营养神经", 0.5, 1, 2, "甲钴胺片", "依帕司他片", "硫辛酸胶囊", "胰激肽原酶肠溶片")]);

    public static Scenario Pneumonia { get; } = new(
        "pneumonia", 0.9, null,
        ["社区获得性肺炎", "肺部感染", "肺炎"],
        ["咳嗽咳痰{1}，发热{1}", "发热伴咳嗽{1}"],
        [
            "患者{1}前受凉后出现咳嗽、咳黄色黏痰，伴发热，体温最高38.9℃，自服感冒药无好转。",
            "患者{1}前无明显诱因出现发热、咳嗽，痰多不易咳出，伴乏力、纳差。",
        ],
        ["胸部CT示右下肺斑片状渗出影", "血常规示白细胞12.6×10^9/L，中性粒细胞比例升高", "C反应蛋白48mg/L"],
        ["予头孢哌酮舒巴坦静滴抗感染", "予雾化吸入化痰平喘"],
        [("lung-infection", "pneumonia")],
        new Dictionary<string, double> { ["copd"] = 0.15 },
        [R("抗感染", 0.85, 1, 1, "盐酸莫西沙星片", "左氧氟沙星片", "头孢呋辛酯片", "头孢克肟胶囊", "阿莫西林克拉维酸钾片", "阿奇霉素片"),
            R("化痰止咳", 0.85, 1, 2, "盐酸氨溴索片", "乙酰半胱氨酸泡腾片", "桉柠蒎肠溶软胶囊", "羧甲司坦片", "苏黄止咳胶囊", "复方甲氧那明胶囊")]);

    public static Scenario CopdExacerbation { get; } = new(
        "copd", 0.6, null,
        ["慢性阻塞性肺疾病急性加重", "慢阻肺急性加重期", "AECOPD"],
        ["反复咳嗽咳痰喘息{0}，加重{1}", "反复气喘{0}，加重{1}"],
        ["患者{0}前开始反复咳嗽、咳痰，冬春季明显，逐渐出现活动后气喘。{1}前受凉后气喘加重，咳黄痰。"],
        ["肺功能示重度阻塞性通气功能障碍", "血气分析示PaCO2 52mmHg", "双肺可闻及哮鸣音"],
        ["予甲泼尼龙静滴平喘", "予无创呼吸机辅助通气"],
        [("copd", "copd")],
        new Dictionary<string, double> { ["lung-infection"] = 0.3 },
        [R("扩张支气管", 0.95, 1, 2, "噻托溴铵粉吸入剂", "沙美特罗替卡松粉吸入剂", "布地奈德福莫特罗粉吸入剂", "多索茶碱片", "茶碱缓释片"),
            R("化痰", 0.6, 1, 1, "盐酸氨溴索片", "乙酰半胱氨酸泡腾片", "羧甲司坦片")]);

    public static Scenario CerebralInfarction { get; } = new(
        "cerebral-infarction", 1.0, null,
        ["急性脑梗死", "脑梗死", "急性缺血性脑卒中"],
        ["突发左侧肢体无力{1}", "言语不清伴右侧肢体麻木{1}", "头晕伴行走不稳{1}"],
        [
            "患者{1}前晨起时发现左侧肢体无力，持物不稳，行走拖步，伴口角歪斜，无头痛呕吐。",
            "患者{1}前无明显诱因出现言语含糊，右侧肢体麻木无力，症状持续不缓解。",
        ],
        ["头颅MRI示右侧基底节区急性脑梗死", "颈部血管超声示颈动脉斑块形成", "NIHSS评分4分"],
        ["予依达拉奉清除自由基", "予康复训练"],
        [("cerebrovascular", "infarction")],
        new Dictionary<string, double> { ["peripheral-atherosclerosis"] = 0.5, ["homocysteine"] = 0.3, ["hypertension"] = 0.75 },
        [R("抗血小板聚集", 0.95, 1, 2, "阿司匹林肠溶片", "硫酸氢氯吡格雷片"), Statin,
            R("改善脑循环", 0.6, 1, 1, "丁苯酞软胶囊", "胞磷胆碱钠胶囊", "脑心通胶囊", "银杏叶提取物片", "尼莫地平片")]);

    public static Scenario Gastritis { get; } = new(
        "gastritis", 0.6, null,
        ["慢性胃炎", "慢性非萎缩性胃炎伴糜烂", "消化性溃疡"],
        ["上腹部隐痛{0}，加重{1}", "反酸烧心{0}，加重{1}"],
        ["患者{0}前出现上腹部隐痛，餐后明显，伴反酸、嗳气。{1}前症状加重，伴食欲减退。"],
        ["胃镜示慢性非萎缩性胃炎伴糜烂", "碳13呼气试验阳性", "腹部彩超未见明显异常"],
        ["予艾司奥美拉唑静滴抑酸", "予补液支持治疗"],
        [("gastritis", "gastritis")],
        new Dictionary<string, double>(),
        [R("抑酸护胃", 0.95, 1, 1, "雷贝拉唑钠肠溶片", "艾司奥美拉唑镁肠溶片", "泮托拉唑钠肠溶片", "奥美拉唑肠溶胶囊"),
            R("保护胃黏膜", 0.6, 1, 1, "铝碳酸镁咀嚼片", "瑞巴派特片", "替普瑞酮胶囊"),
            R("调节肠道菌群", 0.2, 1, 1, "双歧杆菌三联活菌胶囊", "枯草杆菌二联活菌肠溶胶囊")]);

    public static Scenario AtrialFibrillation { get; } = new(
        "atrial-fibrillation", 0.6, null,
        ["心房颤动", "持续性心房颤动", "阵发性心房颤动"],
        ["心悸{0}，加重{1}", "反复心慌{0}，再发{1}"],
        ["患者{0}前出现阵发性心悸，自觉心跳不规则，持续数小时可自行缓解。{1}前心悸再发，持续不缓解，伴胸闷乏力。"],
        ["心电图示心房颤动，心室率118次/分", "心脏彩超示左房增大", "甲状腺功能未见异常"],
        ["予胺碘酮静脉泵入复律", "评估CHA2DS2-VASc评分3分"],
        [("af", "persistent")],
        new Dictionary<string, double> { ["hypertension"] = 0.6, ["valve"] = 0.15 },
        [R("抗凝", 0.9, 1, 1, "利伐沙班片", "达比加群酯胶囊", "华法林钠片", "艾多沙班片"),
            R("控制心室率", 0.8, 1, 1, "琥珀酸美托洛尔缓释片", "富马酸比索洛尔片", "地高辛片")]);

    /// <summary>The five ICD scenarios, one per primary code, in the order of <c>IcdCodeLists.Primary</c>.</summary>
    public static IReadOnlyList<Scenario> Icd { get; } = [SevereHypertension, UnstableAngina, MicrovascularAngina, Nstemi, HeartFailure];

    /// <summary>Every scenario; CDrugRed admissions draw from all of them.</summary>
    public static IReadOnlyList<Scenario> CDrugRed { get; } =
    [
        UnstableAngina, MicrovascularAngina, Nstemi, HeartFailure, SevereHypertension, PoorlyControlledDiabetes, Pneumonia,
        CopdExacerbation, CerebralInfarction, Gastritis, AtrialFibrillation,
    ];
}
