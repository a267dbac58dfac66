"""The CDrugRed ranker: out-of-fold features, gradient-boosted trees over visit-drug rows, expected-score k."""
import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier

from drug_stats import DrugStats, patient_folds, patient_of
from ranker_features import FeatureBuilder


def choose_k(sorted_probs, objective="score"):
    """The k (>= 1) maximising the expected F1 / (Jaccard + F1) / 2 of predicting the top k, treating the
    probabilities as independent: E[|G|] = sum p, E[hits of top k] = sum of the first k (ratio of expectations)."""
    p = np.asarray(sorted_probs, dtype=np.float64)
    if len(p) == 0:
        return 0
    total = p.sum()
    hits = np.cumsum(p)
    k = np.arange(1, len(p) + 1)
    f1 = 2 * hits / (k + total)
    if objective == "f1":
        value = f1
    else:
        jaccard = hits / np.maximum(k + total - hits, 1e-9)
        value = (f1 + jaccard) / 2
    return int(np.argmax(value)) + 1


def make_stats(candidates, diag_pool, course_pool, excluded_patients, mentions=None):
    """Statistics from the pools minus every visit of excluded_patients (the held-out ones)."""
    diag = [(v["diag"], v["gold"]) for v in diag_pool if patient_of(v["id"]) not in excluded_patients]
    kept = [v for v in course_pool if patient_of(v["id"]) not in excluded_patients]
    course = [(v["course"], v["gold"]) for v in kept]
    return DrugStats(candidates, diag, course or None, [mentions(v) for v in kept] if mentions else None)


class Ranker:
    def __init__(self, candidates, trees=200, leaves=31, learning_rate=0.06, top_votes=60, inner_folds=4,
                 objective="score", seed=13):
        self.candidates = list(candidates)
        self.builder = FeatureBuilder(candidates, top_votes)
        self.trees, self.leaves, self.lr = trees, leaves, learning_rate
        self.inner_folds, self.objective, self.seed = inner_folds, objective, seed

    def fit(self, train, diag_pool, excluded_patients=frozenset()):
        """train: full-text visits (views); diag_pool: labelled visits with diagnoses (may include train).
        The training rows' features come from inner folds: a visit's statistics never include its own patient."""
        ids = [v["id"] for v in train]
        inner = patient_folds(ids, self.inner_folds, self.seed + 1)
        xs, ys = [], []
        for f in range(self.inner_folds):
            part = [v for v, g in zip(train, inner) if g == f]
            held = set(excluded_patients) | {patient_of(v["id"]) for v in part}
            stats = make_stats(self.candidates, diag_pool, train, held, self.builder.mentions)
            x, vis, cand = self.builder.build(part, stats)
            gold = [set(v["gold"]) for v in part]
            xs.append(x)
            ys.append(np.array([self.candidates[c] in gold[r] for r, c in zip(vis, cand)]))
        self.model = HistGradientBoostingClassifier(max_iter=self.trees, max_leaf_nodes=self.leaves,
                                                    learning_rate=self.lr, random_state=self.seed)
        self.model.fit(np.vstack(xs), np.concatenate(ys))
        # the statistics used at prediction time: everything but the excluded (held-out) patients
        self.stats = make_stats(self.candidates, diag_pool, train, set(excluded_patients), self.builder.mentions)
        return self

    def predict(self, visits):
        """Predicted drug lists, one per visit."""
        x, vis, cand = self.builder.build(visits, self.stats)
        p = self.model.predict_proba(x)[:, 1] if len(x) else np.zeros(0)
        out = []
        for r in range(len(visits)):
            sel = np.nonzero(vis == r)[0]
            order = sel[np.argsort(-p[sel], kind="stable")]
            k = choose_k(p[order], self.objective)
            out.append([self.candidates[c] for c in cand[order[:k]]])
        return out
