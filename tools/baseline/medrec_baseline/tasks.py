"""What each task reads from a record, and its labels."""
from dataclasses import dataclass, field

# Mirrors src/MedRec.Portal.Scoring/Tasks/IcdCodeLists.cs (the task's public code lists, in the same order).
# The C# package loader rejects a model whose labels differ, so a drift here cannot go unnoticed.
ICD_PRIMARY = [
    "I10.x00x032", "I20.000", "I20.800x007", "I21.401", "I50.900x018",
]
ICD_ADDITIONAL = [
    "E04.101", "E04.102", "E11.900", "E14.900x001", "E72.101", "E78.500", "E87.600", "I10.x00x023",
    "I10.x00x024", "I10.x00x027", "I10.x00x028", "I10.x00x031", "I10.x00x032", "I20.000", "I25.102",
    "I25.103", "I25.200", "I31.800x004", "I38.x01", "I48.x01", "I48.x02", "I49.100x001", "I49.100x002",
    "I49.300x001", "I49.300x002", "I49.400x002", "I49.400x003", "I49.900", "I50.900x007", "I50.900x008",
    "I50.900x010", "I50.900x014", "I50.900x015", "I50.900x016", "I50.900x018", "I50.907", "I63.900",
    "I67.200x011", "I69.300x002", "I70.203", "I70.806", "J18.900", "J98.414", "K76.000", "K76.807",
    "N19.x00x002", "N28.101", "Q24.501", "R42.x00x004", "R91.x00x003", "Z54.000x033", "Z95.501",
    "Z98.800x612",
]

# The additional codes' names (IcdCodeLists.cs, the national ICD-10 dictionary): train_linear.py matches them in
# the admission diagnosis (medrec_baseline/names.py).
ICD_ADDITIONAL_NAMES = {
    "E04.101": "甲状腺结节",
    "E04.102": "甲状腺囊肿",
    "E11.900": "2型糖尿病",
    "E14.900x001": "糖尿病",
    "E72.101": "高同型半胱氨酸血症",
    "E78.500": "高脂血症",
    "E87.600": "低钾血症",
    "I10.x00x023": "高血压病1级（高危）",
    "I10.x00x024": "高血压病1级（极高危）",
    "I10.x00x027": "高血压病2级（高危）",
    "I10.x00x028": "高血压病2级（极高危）",
    "I10.x00x031": "高血压病3级（高危）",
    "I10.x00x032": "高血压病3级（极高危）",
    "I20.000": "不稳定型心绞痛",
    "I25.102": "冠状动脉粥样硬化",
    "I25.103": "冠状动脉粥样硬化性心脏病",
    "I25.200": "陈旧性心肌梗死",
    "I31.800x004": "心包积液",
    "I38.x01": "心脏瓣膜病",
    "I48.x01": "心房颤动",
    "I48.x02": "阵发性心房颤动",
    "I49.100x001": "房性期前收缩[房性早搏]",
    "I49.100x002": "频发性房性期前收缩",
    "I49.300x001": "频发性室性期前收缩",
    "I49.300x002": "室性期前收缩",
    "I49.400x002": "偶发房室性期前收缩",
    "I49.400x003": "频发性期前收缩",
    "I49.900": "心律失常",
    "I50.900x007": "心功能Ⅱ级(NYHA分级)",
    "I50.900x008": "心功能III级(NYHA分级)",
    "I50.900x010": "心功能IV级(NYHA分级)",
    "I50.900x014": "KillipII级",
    "I50.900x015": "KillipIII级",
    "I50.900x016": "KillipIV级",
    "I50.900x018": "慢性心功能不全急性加重",
    "I50.907": "急性心力衰竭",
    "I63.900": "脑梗死",
    "I67.200x011": "脑动脉粥样硬化",
    "I69.300x002": "陈旧性脑梗死",
    "I70.203": "下肢动脉粥样硬化",
    "I70.806": "颈动脉硬化",
    "J18.900": "肺炎",
    "J98.414": "肺部感染",
    "K76.000": "脂肪肝",
    "K76.807": "肝囊肿",
    "N19.x00x002": "肾功能不全",
    "N28.101": "单纯性肾囊肿",
    "Q24.501": "冠状动脉肌桥",
    "R42.x00x004": "头晕",
    "R91.x00x003": "肺诊断性影像异常",
    "Z54.000x033": "青光眼术后",
    "Z95.501": "冠状动脉支架植入后状态",
    "Z98.800x612": "乳腺术后",
}

@dataclass(frozen=True)
class InputField:
    """One record field fed to the model: at most max_chars characters, from its start (head) or end (tail)."""
    name: str
    max_chars: int
    keep: str = "head"

    def to_manifest(self):
        return {"name": self.name, "maxChars": self.max_chars, "keep": self.keep}


@dataclass(frozen=True)
class TaskSpec:
    name: str
    id_field: str
    group_field: str | None
    fields: tuple
    max_length: int
    list_separator: str = "\uff0c"
    extra: dict = field(default_factory=dict)


# The treatment course (诊疗过程描述) names most discharge drugs, towards its end, so it gets the largest share
# and keeps its tail; diagnoses come first because they are short and predictive. Fields are in order of value,
# so a smaller --max-length cuts the least useful ones.
CDRUGRED = TaskSpec(
    name="cdrugred",
    id_field="就诊标识",
    group_field="患者序号",
    fields=(
        InputField("出院诊断", 200),
        InputField("诊疗过程描述", 700, "tail"),
        InputField("现病史", 250, "tail"),
        InputField("主诉", 60),
        InputField("既往史", 150),
        InputField("入院情况", 150),
    ),
    max_length=1536,
)

# Admission diagnoses and the history name most additional codes; discharge orders hint at the primary one.
ICD = TaskSpec(
    name="icd",
    id_field="病案标识",
    group_field=None,
    fields=(
        InputField("入院诊断", 200),
        InputField("主诉", 80),
        InputField("现病史", 300),
        InputField("既往史", 250),
        InputField("入院情况", 200),
        InputField("诊疗经过", 300),
        InputField("出院情况", 100),
        InputField("出院医嘱", 100),
    ),
    max_length=1536,
)

TASKS = {"cdrugred": CDRUGRED, "icd": ICD}

CDRUGRED_GOLD = "出院带药列表"
ICD_GOLD_PRIMARY = "主要诊断编码"
ICD_GOLD_OTHER = "其他诊断编码"


def cdrugred_gold(record):
    return [d.strip() for d in (record.get(CDRUGRED_GOLD) or []) if isinstance(d, str) and d.strip()]


def icd_gold(record):
    primary = (record.get(ICD_GOLD_PRIMARY) or "").strip()
    other = [c.strip() for c in (record.get(ICD_GOLD_OTHER) or "").split(";") if c.strip()]
    return primary, other

# The linear ICD baseline (train_linear.py) reads every clinical text field: its cost does not grow with the
# length the way the CNN's does. The first two fields (admission diagnosis, chief complaint) also form a block
# of their own (train_linear.blocks), so they must stay first.
ICD_LINEAR = TaskSpec(
    name="icd",
    id_field="病案标识",
    group_field=None,
    fields=(
        InputField("入院诊断", 300),
        InputField("主诉", 60),
        InputField("现病史", 800),
        InputField("既往史", 500),
        InputField("入院情况", 600),
        InputField("诊疗经过", 1000),
        InputField("出院情况", 200),
        InputField("出院医嘱", 500),
    ),
    max_length=4000,
)
