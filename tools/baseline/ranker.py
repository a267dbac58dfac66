"""The CDrugRed ranker: out-of-fold features, gradient-boosted trees over visit-drug rows, expected-score k."""
import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier

from drug_stats import DrugStats, patient_folds, patient_of
from medrec_baseline.cdrugred_linear import choose_k  # noqa: F401 (the tests import it from here too)
from ranker_features import FeatureBuilder


def make_stats(candidates, diag_pool, course_pool, excluded_patients, mentions=None):
    """Statistics from the pools minus every visit of excluded_patients (the held-out ones)."""
    diag = [(v["diag"], v["gold"]) for v in diag_pool if patient_of(v["id"]) not in excluded_patients]
    kept = [v for v in course_pool if patient_of(v["id"]) not in excluded_patients]
    course = [(v["course"], v["gold"]) for v in kept]
    return DrugStats(candidates, diag, course or None, [mentions(v) for v in kept] if mentions else None)


class Ranker:
    def __init__(self, candidates, trees=200, leaves=31, learning_rate=0.06, top_votes=60, inner_folds=4,
                 objective="score", seed=13, early_stopping="auto"):
        self.candidates = list(candidates)
        self.builder = FeatureBuilder(candidates, top_votes)
        self.trees, self.leaves, self.lr = trees, leaves, learning_rate
        self.inner_folds, self.objective, self.seed = inner_folds, objective, seed
        # scikit-learn's "auto" stops early above 10,000 rows (10 % validation), making `trees` only a cap
        self.early_stopping = early_stopping

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
                                                    learning_rate=self.lr, random_state=self.seed,
                                                    early_stopping=self.early_stopping)
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
