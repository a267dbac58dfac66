"""Visit -> candidate rows and their features for the ranker (one row per visit-drug pair)."""
import numpy as np

from drug_mentions import MentionFinder

# The text fields of a full CDrugRed visit searched for mentions (one flag each); 出院诊断 is a list.
TEXT_FIELDS = ["诊疗过程描述", "入院情况", "现病史", "既往史", "主诉", "出院诊断"]
COURSE_FIELDS = ["诊疗过程描述", "现病史", "既往史"]
FEATURES = (["log_prior", "diag_knn", "course_knn", "cooc_max", "cooc_mean", "vote_rank", "mentioned",
             "mention_count", "near_continue", "near_stop", "n_mentioned", "n_diagnoses", "last_position", "gold_if_mentioned"]
            + [f"in_{f}" for f in TEXT_FIELDS])


def field_text(value):
    if isinstance(value, list):
        return "，".join(str(v) for v in value if v is not None)
    return "" if value is None else str(value)


def visit_view(record):
    """The parts of a record the ranker uses."""
    texts = {f: field_text(record.get(f)) for f in TEXT_FIELDS}
    diag = texts["出院诊断"] or field_text(record.get("出院诊断_joined"))
    return {"id": str(record.get("就诊标识")), "texts": texts, "diag": diag,
            "course": "。".join(texts[f] for f in COURSE_FIELDS if texts[f]),
            "gold": list(record.get("出院带药列表") or [])}


class FeatureBuilder:
    def __init__(self, candidates, top_votes=60):
        self.candidates = list(candidates)
        self.top_votes = top_votes
        self.finder = MentionFinder(self.candidates, TEXT_FIELDS)
        self._cache = {}

    def forget_mentions(self):
        """Drops the cached mention searches (so a timing includes the search)."""
        self._cache = {}

    def mentions(self, visit):
        # cached by visit id: the same visit is searched once per run, not once per (inner) fold
        if visit["id"] not in self._cache:
            self._cache[visit["id"]] = self.finder.find(visit["texts"])
        return self._cache[visit["id"]]

    def build(self, visits, stats, mentions=None):
        """Returns (X, visit index per row, candidate index per row). mentions: precomputed finder output."""
        if mentions is None:
            mentions = [self.mentions(v) for v in visits]
        diag_votes = stats.diag_knn.votes([v["diag"] for v in visits])
        course_votes = (stats.course_knn.votes([v["course"] for v in visits]) if stats.course_knn is not None
                        else np.zeros_like(diag_votes))
        log_prior = np.log(stats.prior)
        rows, vis, cand = [], [], []
        for r, v in enumerate(visits):
            found = mentions[r]
            score = diag_votes[r] + 0.5 * course_votes[r] + 0.1 * stats.prior
            order = np.argsort(-score, kind="stable")
            rank = np.empty(len(order), dtype=np.int32)
            rank[order] = np.arange(len(order))
            chosen = set(order[: self.top_votes].tolist()) | set(found)
            cmax, cmean = stats.cooccurrence(v["diag"])
            n_diag = v["diag"].count("，") + 1 if v["diag"] else 0
            for c in sorted(chosen):
                m = found.get(c)
                row = [log_prior[c], diag_votes[r, c], course_votes[r, c], cmax[c], cmean[c], rank[c],
                       1.0 if m else 0.0, m["count"] if m else 0, 1.0 if m and m["continue"] else 0.0,
                       1.0 if m and m["stop"] else 0.0, len(found), n_diag, m["last"] if m else 0.0,
                       stats.mention_rate[c] if stats.mention_rate is not None else 0.0]
                row += [1.0 if m and f in m["fields"] else 0.0 for f in range(len(TEXT_FIELDS))]
                rows.append(row)
                vis.append(r)
                cand.append(c)
        return np.asarray(rows, dtype=np.float32), np.asarray(vis), np.asarray(cand)
