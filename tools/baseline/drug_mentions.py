"""Where a candidate drug is named in a visit's text, and what words stand near the mention.

Clinical notes rarely spell the candidate list's exact name: "阿托伐他汀钙片" is written "阿托伐他汀", "左甲状腺素钠"
as "左甲状腺素". So each candidate gets match keys: its name, the name without one dosage-form suffix, and that
without one salt suffix. The suffix lists are general Chinese pharmacy forms, not taken from any data set."""

# Longest first, so "缓释片" is stripped before "片".
DOSAGE_FORMS = sorted([
    "片", "胶囊", "软胶囊", "缓释片", "控释片", "肠溶片", "肠溶胶囊", "缓释胶囊", "分散片", "咀嚼片", "泡腾片", "含片",
    "薄膜衣片", "注射液", "注射剂", "针", "颗粒", "颗粒剂", "丸", "滴丸", "口服液", "口服溶液", "糖浆", "混悬液",
    "干混悬剂", "散", "膏", "软膏", "乳膏", "凝胶", "贴", "贴剂", "喷雾剂", "鼻喷雾剂", "气雾剂", "吸入剂", "粉雾剂",
    "滴眼液", "滴耳液", "栓", "合剂", "酊", "溶液", "注射用", "缓释颗粒", "胶丸", "片剂", "胶囊剂",
], key=len, reverse=True)
SALTS = sorted(["钠", "钙", "钾", "镁", "盐酸盐", "盐酸", "硫酸氢盐", "硫酸", "甲磺酸", "马来酸", "琥珀酸", "酒石酸",
                "枸橼酸", "富马酸", "苯磺酸", "磷酸"], key=len, reverse=True)
MIN_KEY = 2  # a one-character key ("丸") would match everywhere

# Words that say a drug is kept at discharge, and words that say it was stopped, switched or not tolerated.
CONTINUE_WORDS = ("继续", "出院带药", "带药", "口服", "维持", "长期", "规律服用", "坚持", "续用", "院外")
STOP_WORDS = ("停用", "停药", "停服", "改为", "改用", "换用", "过敏", "不耐受", "拒绝", "减停", "撤")
WINDOW = 12  # characters either side of a mention that are searched for those words


def strip_suffix(name, suffixes):
    """name without the longest suffix of suffixes it ends with (one only), or name when none (or too short)."""
    for suffix in suffixes:
        if name.endswith(suffix) and len(name) - len(suffix) >= MIN_KEY:
            return name[: -len(suffix)]
    return name


def prefix_strip(name):
    # "注射用头孢曲松钠": the form is a prefix
    if name.startswith("注射用") and len(name) - 3 >= MIN_KEY:
        return name[3:]
    return name


def match_keys(name):
    """The strings whose presence in a text counts as a mention of the candidate name (longest first)."""
    name = name.strip()
    keys = {name}
    base = strip_suffix(prefix_strip(name), DOSAGE_FORMS)
    keys.add(base)
    keys.add(strip_suffix(base, SALTS))
    return sorted((k for k in keys if len(k) >= MIN_KEY), key=len, reverse=True)


class MentionFinder:
    """Finds the candidates mentioned in each text field of a visit."""

    def __init__(self, candidates, fields):
        self.candidates = list(candidates)
        self.fields = list(fields)
        self.keys = [match_keys(c) for c in self.candidates]

    def find(self, texts):
        """texts: field -> text. Returns {candidate index: {"fields": set of field indices, "count": mentions,
        "continue": bool, "stop": bool}} for the mentioned candidates only."""
        found = {}
        for f, field in enumerate(self.fields):
            text = texts.get(field) or ""
            if not text:
                continue
            for i, keys in enumerate(self.keys):
                for key in keys:
                    pos = text.find(key)
                    if pos < 0:
                        continue
                    entry = found.setdefault(i, {"fields": set(), "count": 0, "continue": False, "stop": False,
                                                 "last": 0.0})
                    entry["fields"].add(f)
                    while pos >= 0:
                        entry["count"] += 1
                        around = text[max(0, pos - WINDOW): pos + len(key) + WINDOW]
                        entry["continue"] |= any(w in around for w in CONTINUE_WORDS)
                        entry["stop"] |= any(w in around for w in STOP_WORDS)
                        if f == 0:
                            # where in the course text the drug is last named (0 start .. 1 end): the discharge
                            # plan is written last
                            entry["last"] = max(entry["last"], (pos + 1) / len(text))
                        pos = text.find(key, pos + len(key))
                    break  # the longest key that matches is enough for this field
        return found
