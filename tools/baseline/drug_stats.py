"""Statistics of labelled visits used as ranker features: drug priors, diagnosis -> drug co-occurrence, and
neighbour votes over character TF-IDF. Every statistic is built from an explicit list of visits, so the caller
decides who is excluded (the held-out patients, and for training rows the inner held-out patients): no leakage."""
import re

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer


def patient_of(visit_id):
    # 就诊标识 is "<患者序号>-<visit number>" ("12-3"; demo data "demo-12-3"): the patient is the part before the
    # last hyphen, so all visits of a patient fall on one side of a split.
    return str(visit_id).rsplit("-", 1)[0]


def patient_folds(ids, k, seed):
    """Fold index (0..k-1) per visit, assigning shuffled patients round-robin (all visits of a patient together)."""
    patients = sorted({patient_of(i) for i in ids})
    order = np.random.RandomState(seed).permutation(len(patients))
    fold_of = {patients[j]: n % k for n, j in enumerate(order)}
    return np.array([fold_of[patient_of(i)] for i in ids])


def diagnosis_items(text):
    """The single diagnoses of a joined discharge-diagnosis text, spaces removed."""
    return [t.replace(" ", "") for t in re.split(r"[，,；;、。\n]+", text or "") if t.strip()]


class NeighbourVotes:
    """Cosine k-nearest-neighbour drug votes over char 1-3-gram TF-IDF of one text per visit."""

    def __init__(self, texts, label_matrix, k=25, max_features=60000):
        self.k = k
        self.vectorizer = TfidfVectorizer(analyzer="char", ngram_range=(1, 3), sublinear_tf=True,
                                          max_features=max_features, dtype=np.float32)
        self.x = self.vectorizer.fit_transform(texts)
        self.y = label_matrix  # visits x candidates, float32 0/1

    def votes(self, texts):
        sims = (self.vectorizer.transform(texts) @ self.x.T).toarray()
        k = min(self.k, sims.shape[1])
        top = np.argpartition(-sims, k - 1, axis=1)[:, :k]
        out = np.zeros((len(texts), self.y.shape[1]), dtype=np.float32)
        for r in range(len(texts)):
            w = sims[r, top[r]]
            out[r] = (w @ self.y[top[r]]) / max(w.sum(), 1e-6)
        return out


class DrugStats:
    """Built from labelled visits (diagnosis text + gold drugs) and optionally full-text visits (course text)."""

    def __init__(self, candidates, diag_visits, course_visits=None, course_mentions=None):
        """diag_visits: [(diagnosis text, drugs)]; course_visits: [(course text, drugs)] or None."""
        self.index = {c: i for i, c in enumerate(candidates)}
        n = len(candidates)
        y = self._matrix(diag_visits, n)
        # prior with add-one smoothing, so an unseen drug keeps a finite log
        self.prior = (y.sum(0) + 0.5) / (len(diag_visits) + 1.0)
        self.diag_knn = NeighbourVotes([t for t, _ in diag_visits], y)
        self.item_counts, self.item_drugs = {}, {}
        for (text, _), row in zip(diag_visits, y):
            for item in set(diagnosis_items(text)):
                self.item_counts[item] = self.item_counts.get(item, 0) + 1
                self.item_drugs[item] = self.item_drugs.get(item, 0) + row
        self.course_knn = None
        self.mention_rate = None
        if course_visits and course_mentions is not None:
            # per drug: how often a visit that names it is discharged with it (smoothed towards 0.3)
            named, kept = np.zeros(n), np.zeros(n)
            y_course = self._matrix(course_visits, n)
            for row, found in zip(y_course, course_mentions):
                for c in found:
                    named[c] += 1
                    kept[c] += row[c]
            self.mention_rate = ((kept + 0.6) / (named + 2.0)).astype(np.float32)
        if course_visits:
            self.course_knn = NeighbourVotes([t for t, _ in course_visits], self._matrix(course_visits, n))

    def _matrix(self, visits, n):
        y = np.zeros((len(visits), n), dtype=np.float32)
        for r, (_, drugs) in enumerate(visits):
            for d in drugs:
                if d in self.index:
                    y[r, self.index[d]] = 1.0
        return y

    def cooccurrence(self, text):
        """(max, mean) over the visit's diagnoses of P(drug | diagnosis), shrunk towards 0 for rare diagnoses."""
        rows = [self.item_drugs[i] / (self.item_counts[i] + 2.0) for i in set(diagnosis_items(text))
                if i in self.item_counts]
        if not rows:
            z = np.zeros(len(self.prior), dtype=np.float32)
            return z, z
        rows = np.vstack(rows)
        return rows.max(0), rows.mean(0)
