namespace MedRec.Portal.DemoData.Clinical;

/// <summary>
/// The latent conditions of demo patients. Every ICD additional code of the task maps to one variant here, so
/// every code can occur; conditions without a code (COPD, gastritis, …) exist for CDrugRed and as noise in ICD text.
/// </summary>
internal static class ConditionCatalog
{
    private static readonly string[] DiseaseHistory = ["{0}病史{1}年", "发现{0}{1}年", "{1}年前诊断为{0}", "既往{0}{1}年余"];
    // Only used when a finding-type condition is also remembered from before (the composer prefers its Findings).
    private static readonly string[] FoundInHospital = ["体检发现{0}{1}年"];

    public static IReadOnlyList<ConditionGroup> Groups { get; } =
    [
        new("hypertension", 0.55,
            [
                V("1-high", "I10.x00x023", "高血压病1级（高危）", "高血压1级 高危", "原发性高血压1级（高危组）"),
                V("1-very-high", "I10.x00x024", "高血压病1级（极高危）", "高血压1级 极高危", "原发性高血压1级（极高危组）"),
                V("2-high", "I10.x00x027", "高血压病2级（高危）", "高血压2级 高危", "原发性高血压2级（高危组）"),
                V("2-very-high", "I10.x00x028", "高血压病2级（极高危）", "高血压2级 极高危", "原发性高血压2级（极高危组）"),
                V("3-high", "I10.x00x031", "高血压病3级（高危）", "高血压3级 高危", "原发性高血压3级（高危组）"),
                V("3-very-high", "I10.x00x032", "高血压病3级（极高危）", "高血压3级 极高危", "原发性高血压3级（极高危组）"),
            ],
            ["高血压病史{1}年，诊断为{0}", "发现血压升高{1}年，最高达{2}", "{0}{1}年"], "高血压",
            [
                R("降压", 0.65, 1, 1, "苯磺酸氨氯地平片", "硝苯地平控释片", "非洛地平缓释片"),
                R("降压", 0.6, 1, 1, "缬沙坦胶囊", "厄贝沙坦片", "替米沙坦片", "培哚普利叔丁胺片", "氯沙坦钾片", "奥美沙坦酯片",
                    "厄贝沙坦氢氯噻嗪片", "盐酸贝那普利片"),
                R("利尿降压", 0.1, 1, 1, "吲达帕胺缓释片"),
            ]),
        new("diabetes", 0.28,
            [V("type2", "E11.900", "2型糖尿病", "2型糖尿病", "Ⅱ型糖尿病"), V("unspecified", "E14.900x001", "糖尿病", "血糖升高") with { Weight = 0.35 }],
            DiseaseHistory, "糖尿病",
            [
                R("降糖", 0.85, 1, 2, "盐酸二甲双胍片", "阿卡波糖片", "磷酸西格列汀片", "格列美脲片", "达格列净片", "利格列汀片",
                    "格列齐特缓释片", "瑞格列奈片", "盐酸二甲双胍缓释片", "伏格列波糖片", "盐酸吡格列酮片"),
                R("控制血糖", 0.2, 1, 1, "甘精胰岛素注射液", "门冬胰岛素注射液", "门冬胰岛素30注射液", "地特胰岛素注射液", "利拉鲁肽注射液"),
                R("营养神经", 0.2, 1, 1, "甲钴胺片", "依帕司他片", "硫辛酸胶囊", "胰激肽原酶肠溶片"),
            ]),
        new("lipids", 0.3,
            [V("hyperlipidaemia", "E78.500", "高脂血症", "血脂异常", "高胆固醇血症", "混合型高脂血症")],
            ["发现{0}{1}年", "{0}病史{1}年"], null,
            [
                R("调脂", 0.8, 1, 1, "阿托伐他汀钙片", "瑞舒伐他汀钙片", "匹伐他汀钙片", "辛伐他汀片", "普伐他汀钠片", "血脂康胶囊"),
                R("降脂", 0.2, 1, 1, "依折麦布片", "非诺贝特胶囊", "多烯酸乙酯软胶囊"),
            ],
            ["血脂：总胆固醇6.8mmol/L，低密度脂蛋白4.2mmol/L，提示{0}", "血脂四项示甘油三酯升高，考虑{0}"]),
        new("chd", 0.22,
            [V("chd", "I25.103", "冠状动脉粥样硬化性心脏病", "冠心病", "冠状动脉粥样硬化性心脏病"),
                V("atherosclerosis", "I25.102", "冠状动脉粥样硬化", "冠脉粥样硬化") with { Weight = 0.35 }],
            DiseaseHistory, "冠心病",
            [
                R("抗血小板聚集", 0.85, 1, 1, "阿司匹林肠溶片", "硫酸氢氯吡格雷片", "吲哚布芬片"),
                R("调脂稳斑", 0.7, 1, 1, "阿托伐他汀钙片", "瑞舒伐他汀钙片"),
                R("扩冠改善心肌供血", 0.35, 1, 1, "单硝酸异山梨酯缓释片", "尼可地尔片", "盐酸曲美他嗪缓释片", "复方丹参滴丸", "麝香保心丸", "通心络胶囊"),
            ]),
        new("old-mi", 0.05, [V("old-mi", "I25.200", "陈旧性心肌梗死", "陈旧性心梗")], ["{1}年前患急性心肌梗死，现诊断{0}"], "心肌梗死",
            [R("二级预防", 0.8, 1, 1, "阿司匹林肠溶片", "硫酸氢氯吡格雷片"), R("控制心率", 0.5, 1, 1, "琥珀酸美托洛尔缓释片", "富马酸比索洛尔片")]),
        new("stent", 0.07, [V("stent", "Z95.501", "冠状动脉支架植入后状态", "PCI术后", "冠脉支架植入术后")],
            ["{1}年前行冠脉造影并植入支架，{0}", "{0}{1}年"], null,
            [R("抗血小板聚集", 0.9, 2, 2, "阿司匹林肠溶片", "硫酸氢氯吡格雷片", "替格瑞洛片"), R("调脂稳斑", 0.8, 1, 1, "阿托伐他汀钙片", "瑞舒伐他汀钙片")]),
        new("af", 0.07,
            [V("persistent", "I48.x01", "心房颤动", "房颤", "持续性心房颤动"), V("paroxysmal", "I48.x02", "阵发性心房颤动", "阵发性房颤") with { Weight = 0.7 }],
            ["{0}病史{1}年，间断心悸", "发现{0}{1}年"], null,
            [
                R("抗凝", 0.8, 1, 1, "利伐沙班片", "达比加群酯胶囊", "华法林钠片", "艾多沙班片"),
                R("控制心室率", 0.6, 1, 1, "琥珀酸美托洛尔缓释片", "富马酸比索洛尔片", "地高辛片"),
                R("维持窦律", 0.15, 1, 1, "盐酸胺碘酮片", "盐酸普罗帕酮片"),
            ],
            ["心电图示{0}", "动态心电图示{0}"]),
        new("premature-beats", 0.11,
            [
                V("atrial", "I49.100x001", "房性期前收缩[房性早搏]", "房性早搏", "房性期前收缩"),
                V("frequent-atrial", "I49.100x002", "频发性房性期前收缩", "频发房早", "频发房性早搏"),
                V("frequent-ventricular", "I49.300x001", "频发性室性期前收缩", "频发室早", "频发室性早搏"),
                V("ventricular", "I49.300x002", "室性期前收缩", "室性早搏", "室早"),
                V("occasional", "I49.400x002", "偶发房室性期前收缩", "偶发房早、室早") with { Weight = 0.5 },
                V("frequent", "I49.400x003", "频发性期前收缩", "频发早搏") with { Weight = 0.5 },
                V("arrhythmia", "I49.900", "心律失常", "心律失常"),
            ],
            ["间断心悸{1}年，诊断为{0}"], null,
            [R("抗心律失常", 0.6, 1, 1, "稳心颗粒", "参松养心胶囊", "酒石酸美托洛尔片", "富马酸比索洛尔片")],
            ["24小时动态心电图示{0}", "心电图示{0}"]),
        new("nyha", 0.0,
            [
                V("2", "I50.900x007", "心功能Ⅱ级(NYHA分级)", "心功能II级", "NYHA Ⅱ级"),
                V("3", "I50.900x008", "心功能III级(NYHA分级)", "心功能Ⅲ级", "NYHA III级") with { Weight = 1.3 },
                V("4", "I50.900x010", "心功能IV级(NYHA分级)", "心功能Ⅳ级", "NYHA IV级") with { Weight = 0.7 },
            ],
            FoundInHospital, null, [], ["目前{0}"]),
        new("killip", 0.0,
            [
                V("2", "I50.900x014", "KillipII级", "Killip Ⅱ级", "Killip分级II级"),
                V("3", "I50.900x015", "KillipIII级", "Killip Ⅲ级", "Killip分级III级") with { Weight = 0.6 },
                V("4", "I50.900x016", "KillipIV级", "Killip Ⅳ级", "Killip分级IV级") with { Weight = 0.3 },
            ],
            FoundInHospital, null, [], ["入院时心功能{0}"]),
        new("acute-hf", 0.02, [V("acute-hf", "I50.907", "急性心力衰竭", "急性左心衰")], ["{1}年前曾发作{0}"], null,
            [R("利尿", 0.8, 1, 2, "呋塞米片", "螺内酯片", "托拉塞米片")]),
        new("chronic-hf", 0.03, [V("chronic-hf", "I50.900x018", "慢性心功能不全急性加重", "慢性心力衰竭急性加重")], ["{1}年前诊断慢性心功能不全"], "心力衰竭",
            [R("利尿", 0.8, 1, 2, "呋塞米片", "螺内酯片", "托拉塞米片")]),
        new("unstable-angina", 0.03, [V("unstable-angina", "I20.000", "不稳定型心绞痛", "不稳定性心绞痛")], ["间断胸痛{1}年，诊断为{0}"], null,
            [R("抗血小板聚集", 0.8, 1, 1, "阿司匹林肠溶片", "硫酸氢氯吡格雷片")]),
        new("homocysteine", 0.1, [V("hhcy", "E72.101", "高同型半胱氨酸血症", "高同型半胱氨酸血症", "同型半胱氨酸升高")], FoundInHospital, null,
            [R("降同型半胱氨酸", 0.8, 1, 2, "叶酸片", "甲钴胺片", "维生素B6片")], ["同型半胱氨酸26.5μmol/L，提示{0}"]),
        new("hypokalaemia", 0.06, [V("hypokalaemia", "E87.600", "低钾血症", "低血钾")], FoundInHospital, null,
            [R("补钾", 0.8, 1, 1, "氯化钾缓释片", "枸橼酸钾颗粒", "门冬氨酸钾镁片")], ["电解质示血钾3.1mmol/L，考虑{0}"]),
        new("thyroid", 0.12,
            [V("nodule", "E04.101", "甲状腺结节", "甲状腺结节"), V("cyst", "E04.102", "甲状腺囊肿", "甲状腺囊性结节") with { Weight = 0.4 }],
            FoundInHospital, null, [], ["甲状腺彩超示{0}", "颈部彩超提示{0}，建议定期复查"]),
        new("cerebrovascular", 0.12,
            [
                V("infarction", "I63.900", "脑梗死", "脑梗塞", "腔隙性脑梗死") with { Weight = 0.8 },
                V("old-infarction", "I69.300x002", "陈旧性脑梗死", "陈旧性脑梗塞", "脑梗死后遗症"),
                V("cerebral-atherosclerosis", "I67.200x011", "脑动脉粥样硬化", "脑动脉硬化") with { Weight = 0.5 },
            ],
            DiseaseHistory, "脑血管病",
            [
                R("抗血小板聚集", 0.7, 1, 1, "阿司匹林肠溶片", "硫酸氢氯吡格雷片"),
                R("改善脑循环", 0.35, 1, 1, "丁苯酞软胶囊", "银杏叶提取物片", "脑心通胶囊", "尼莫地平片", "胞磷胆碱钠胶囊"),
            ],
            ["头颅CT示{0}", "头颅MRI提示{0}"]),
        new("peripheral-atherosclerosis", 0.18,
            [V("lower-limb", "I70.203", "下肢动脉粥样硬化", "双下肢动脉粥样硬化伴斑块形成") with { Weight = 0.6 },
                V("carotid", "I70.806", "颈动脉硬化", "颈动脉粥样硬化", "双侧颈动脉硬化伴斑块形成")],
            FoundInHospital, null,
            [R("改善循环", 0.3, 1, 1, "西洛他唑片", "贝前列素钠片", "盐酸沙格雷酯片")],
            ["血管彩超示{0}", "超声提示{0}"]),
        new("lung-infection", 0.07,
            [V("pneumonia", "J18.900", "肺炎", "社区获得性肺炎", "肺炎"), V("infection", "J98.414", "肺部感染", "肺部感染")],
            FoundInHospital, null,
            [
                R("抗感染", 0.6, 1, 1, "头孢呋辛酯片", "左氧氟沙星片", "盐酸莫西沙星片", "头孢克肟胶囊", "阿莫西林克拉维酸钾片", "阿奇霉素片"),
                R("化痰", 0.6, 1, 1, "盐酸氨溴索片", "乙酰半胱氨酸泡腾片", "桉柠蒎肠溶软胶囊", "羧甲司坦片"),
            ],
            ["胸部CT示双下肺渗出性病变，考虑{0}", "胸片提示{0}"]),
        new("fatty-liver", 0.15, [V("fatty-liver", "K76.000", "脂肪肝", "脂肪肝", "脂肪性肝病")], FoundInHospital, null,
            [R("保肝", 0.25, 1, 1, "多烯磷脂酰胆碱胶囊", "水飞蓟宾胶囊", "双环醇片")], ["腹部彩超示{0}", "肝胆胰脾彩超提示{0}"]),
        new("liver-cyst", 0.07, [V("liver-cyst", "K76.807", "肝囊肿", "肝囊肿")], FoundInHospital, null, [], ["腹部彩超示{0}"]),
        new("renal-insufficiency", 0.07, [V("renal", "N19.x00x002", "肾功能不全", "慢性肾功能不全", "肾功能不全")], DiseaseHistory, "肾病",
            [R("护肾", 0.7, 1, 2, "复方α-酮酸片", "碳酸氢钠片", "尿毒清颗粒", "百令胶囊")], ["肌酐168μmol/L，提示{0}"]),
        new("renal-cyst", 0.08, [V("renal-cyst", "N28.101", "单纯性肾囊肿", "肾囊肿", "左肾囊肿")], FoundInHospital, null, [], ["泌尿系彩超示{0}"]),
        new("myocardial-bridge", 0.03, [V("bridge", "Q24.501", "冠状动脉肌桥", "心肌桥", "前降支心肌桥")], FoundInHospital, null, [],
            ["冠脉CTA示{0}", "冠脉造影见{0}"]),
        new("dizziness", 0.05, [V("dizziness", "R42.x00x004", "头晕", "头晕待查", "头晕")], ["反复{0}{1}年"], null,
            [R("改善头晕", 0.6, 1, 1, "甲磺酸倍他司汀片", "盐酸氟桂利嗪胶囊", "天麻素片", "养血清脑颗粒")]),
        new("lung-imaging", 0.06, [V("lung-nodule", "R91.x00x003", "肺诊断性影像异常", "肺结节", "肺部磨玻璃结节")], FoundInHospital, null, [],
            ["胸部CT示{0}，建议随访"]),
        new("glaucoma-surgery", 0.02, [V("glaucoma", "Z54.000x033", "青光眼术后", "青光眼术后")], ["{1}年前行青光眼手术"], null, []),
        new("breast-surgery", 0.03, [V("breast", "Z98.800x612", "乳腺术后", "乳腺癌术后", "乳腺术后")], ["{1}年前行乳腺手术"], null, [], Sex: "女"),
        new("pericardial-effusion", 0.03, [V("effusion", "I31.800x004", "心包积液", "少量心包积液")], FoundInHospital, null, [],
            ["心脏彩超示{0}"]),
        new("valve", 0.05, [V("valve", "I38.x01", "心脏瓣膜病", "心脏瓣膜病", "二尖瓣反流（中度）")], FoundInHospital, null, [],
            ["心脏彩超示{0}"]),

        // Conditions the ICD task does not code: CDrugRed treats them, ICD text carries them as noise.
        new("copd", 0.05, [V("copd", null, "慢性阻塞性肺疾病", "慢阻肺", "COPD")], DiseaseHistory, "慢性肺病",
            [R("扩张支气管", 0.85, 1, 2, "噻托溴铵粉吸入剂", "沙美特罗替卡松粉吸入剂", "布地奈德福莫特罗粉吸入剂", "多索茶碱片", "茶碱缓释片", "硫酸沙丁胺醇吸入气雾剂")]),
        new("gastritis", 0.12,
            [V("gastritis", null, "慢性胃炎", "慢性非萎缩性胃炎", "慢性胃炎伴糜烂"), V("reflux", null, "反流性食管炎", "胃食管反流病"),
                V("ulcer", null, "胃溃疡", "十二指肠球部溃疡") with { Weight = 0.6 }],
            DiseaseHistory, null,
            [
                R("抑酸护胃", 0.8, 1, 1, "奥美拉唑肠溶胶囊", "泮托拉唑钠肠溶片", "雷贝拉唑钠肠溶片", "艾司奥美拉唑镁肠溶片", "兰索拉唑肠溶片"),
                R("保护胃黏膜", 0.35, 1, 1, "铝碳酸镁咀嚼片", "瑞巴派特片", "替普瑞酮胶囊", "硫糖铝混悬凝胶"),
                R("促进胃动力", 0.2, 1, 1, "枸橼酸莫沙必利片", "多潘立酮片"),
            ]),
        new("hyperuricaemia", 0.06, [V("gout", null, "高尿酸血症", "痛风", "高尿酸血症")], DiseaseHistory, null,
            [R("降尿酸", 0.8, 1, 1, "非布司他片", "别嘌醇缓释胶囊", "苯溴马隆片")]),
        new("hypothyroidism", 0.03, [V("hypothyroidism", null, "甲状腺功能减退症", "甲减")], DiseaseHistory, null,
            [R("补充甲状腺激素", 0.95, 1, 1, "左甲状腺素钠片")]),
        new("insomnia", 0.06, [V("insomnia", null, "失眠", "睡眠障碍", "焦虑状态")], ["{0}{1}年"], null,
            [R("改善睡眠", 0.8, 1, 1, "艾司唑仑片", "右佐匹克隆片", "酒石酸唑吡坦片", "阿普唑仑片", "氟哌噻吨美利曲辛片")]),
        new("osteoporosis", 0.05, [V("osteoporosis", null, "骨质疏松症", "骨质疏松")], DiseaseHistory, null,
            [R("抗骨质疏松", 0.8, 1, 2, "碳酸钙D3片", "骨化三醇软胶囊", "阿法骨化醇软胶囊", "阿仑膦酸钠片")]),
        new("prostate", 0.1, [V("bph", null, "前列腺增生", "良性前列腺增生")], DiseaseHistory, null,
            [R("改善排尿", 0.8, 1, 1, "盐酸坦索罗辛缓释胶囊", "非那雄胺片")], Sex: "男"),
        new("anaemia", 0.04, [V("anaemia", null, "贫血", "缺铁性贫血")], FoundInHospital, null,
            [R("纠正贫血", 0.7, 1, 1, "琥珀酸亚铁片", "多糖铁复合物胶囊")], ["血常规示血红蛋白98g/L，提示{0}"]),
        new("constipation", 0.04, [V("constipation", null, "便秘", "功能性便秘")], ["{0}{1}年"], null,
            [R("通便", 0.8, 1, 1, "乳果糖口服溶液", "聚乙二醇4000散")]),
    ];

    private static readonly Dictionary<string, ConditionGroup> ByKey = Groups.ToDictionary(g => g.Key, StringComparer.Ordinal);

    public static ConditionGroup Get(string key) =>
        ByKey.TryGetValue(key, out var group)
            ? group
            : throw new InvalidOperationException($"Demo condition group '{key}' is referenced but not defined.");

    public static ConditionVariant GetVariant(string groupKey, string variantKey) =>
        Get(groupKey).Variants.FirstOrDefault(v => v.Key == variantKey)
        ?? throw new InvalidOperationException($"Demo condition variant '{groupKey}/{variantKey}' is referenced but not defined.");

    internal static ConditionVariant V(string key, string? code, string formalName, params string[] otherNames) =>
        new(key, code, [formalName, .. otherNames.Where(n => n != formalName)]);

    internal static DrugRule R(string purpose, double probability, int min, int max, params string[] pool) =>
        new(purpose, probability, min, max, pool);
}
