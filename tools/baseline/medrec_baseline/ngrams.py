"""Character n-gram TF-IDF over token ids, computed exactly as the exported ONNX graph computes it.

The graph (export_linear.py) runs ONNX's TfIdfVectorizer on the same int64 ids the character tokenizer gives, so
the C# runner needs no new feature code: ids -> counts of the pooled n-grams (mode TF) -> log(1 + count) * idf ->
divided by sqrt(sum of squares + eps). N-grams that contain a special id (pad, unknown, separator) are never
pooled, so padding, unknown characters and field boundaries contribute nothing."""
from collections import Counter

import numpy as np
from scipy import sparse

from .tokenizer import PAD_ID, SEP_ID, UNK_ID

SPECIAL = {PAD_ID, UNK_ID, SEP_ID}
NORM_EPS = 1e-6


def record_ngrams(ids, max_n):
    """All n-grams (tuples of ids, n = 1..max_n) of one id sequence that contain no special id."""
    grams = []
    length = len(ids)
    for n in range(1, max_n + 1):
        for start in range(length - n + 1):
            gram = tuple(ids[start:start + n])
            if not SPECIAL.intersection(gram):
                grams.append(gram)
    return grams


class NgramTfidf:
    """Pool = n-grams with document frequency >= min_df in the training ids (at most max_features, most frequent
    first); idf = ln((1 + N) / (1 + df)) + 1 (scikit-learn's smooth idf)."""

    def __init__(self, max_n=3, min_df=2, max_features=200000):
        self.max_n, self.min_df, self.max_features = max_n, min_df, max_features

    def fit(self, id_rows):
        df = Counter()
        for ids in id_rows:
            df.update(set(record_ngrams(ids, self.max_n)))
        kept = [g for g, c in df.items() if c >= self.min_df]
        # by n, then by descending df, then by ids: a reproducible order (the graph groups the pool by n)
        kept.sort(key=lambda g: (-df[g], g))
        kept = kept[:self.max_features]
        kept.sort(key=lambda g: (len(g), g))
        self.pool = kept
        self.index = {g: i for i, g in enumerate(kept)}
        n_docs = len(id_rows)
        self.idf = np.array([np.log((1 + n_docs) / (1 + df[g])) + 1 for g in kept], dtype=np.float64)
        return self

    def counts(self, id_rows):
        rows, cols, vals = [], [], []
        for r, ids in enumerate(id_rows):
            c = Counter(self.index[g] for g in record_ngrams(ids, self.max_n) if g in self.index)
            rows.extend([r] * len(c))
            cols.extend(c.keys())
            vals.extend(c.values())
        return sparse.csr_matrix((np.array(vals, dtype=np.float64), (rows, cols)),
                                 shape=(len(id_rows), len(self.pool)))

    def transform(self, id_rows):
        x = self.counts(id_rows)
        x.data = np.log1p(x.data)
        x = x.multiply(self.idf[None, :]).tocsr()
        norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel() + NORM_EPS)
        return sparse.diags(1.0 / norms) @ x


def field_range(ids, fields):
    """The ids of fields [start, end) only, everything else becomes padding (never pooled): position p belongs to
    field CumSum(ids == separator)[p], which is how the graph computes it."""
    start, end = fields
    out = list(ids)
    seen = 0
    for i, token in enumerate(out):
        if token == SEP_ID:
            seen += 1
        if not start <= seen < end:
            out[i] = PAD_ID
    return out


class BlockFeatures:
    """Concatenated TF-IDF blocks: each (name, field range [start, end) or None for all fields, max_n, min_df, weight)
    block is L2-normalised on its own and scaled by its weight."""

    def __init__(self, blocks, max_features=200000):
        self.blocks = blocks
        self.max_features = max_features  # per block: the most frequent n-grams (keeps a demo package small)

    def _ids(self, id_rows, fields):
        return id_rows if fields is None else [field_range(ids, fields) for ids in id_rows]

    def fit(self, id_rows):
        self.vectorizers = [NgramTfidf(max_n, min_df, self.max_features).fit(self._ids(id_rows, fields))
                            for _, fields, max_n, min_df, _ in self.blocks]
        return self

    def transform(self, id_rows):
        parts = [v.transform(self._ids(id_rows, b[1])) * b[4] for v, b in zip(self.vectorizers, self.blocks)]
        return sparse.hstack(parts).tocsr()
