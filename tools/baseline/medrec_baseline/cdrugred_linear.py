"""The linear CDrugRed baseline: character n-gram TF-IDF (all text + the discharge diagnoses on their own) and one
logistic regression per candidate drug (one-vs-rest), exported as the same TF-IDF graph as the ICD baseline.

Decoding in the package is the contract's threshold rule (docs/baseline-model.md). The expected-F1 top-k rule
(per visit, the k whose expected (Jaccard + F1) / 2 under the predicted probabilities is highest) is reported
next to it: the contract has no such decoding kind yet."""
import dataclasses

import numpy as np
from sklearn.linear_model import LogisticRegression

from . import linear_graph
from .ngrams import BlockFeatures
from .tasks import CDRUGRED, InputField, cdrugred_gold
from .tokenizer import CharTokenizer, build_vocabulary

ABSENT_BIAS = -30.0

# All text the linear model can afford (its cost hardly grows with length): the course keeps its tail, where the
# discharge drugs are named. The discharge diagnoses come first: they form a block of their own.
CDRUGRED_LINEAR = dataclasses.replace(
    CDRUGRED,
    fields=(
        InputField("出院诊断", 300),
        InputField("诊疗过程描述", 1500, "tail"),
        InputField("现病史", 600, "tail"),
        InputField("主诉", 100),
        InputField("既往史", 400),
        InputField("入院情况", 400),
    ),
    max_length=3305,
)


def blocks(args):
    return [("all", None, 3, 2, 1.0), ("diagnosis", (0, 1), 3, 1, args.diagnosis_weight)]


class CDrugRedLinear:
    def __init__(self, args, labels, spec=CDRUGRED_LINEAR):
        self.args, self.labels, self.spec = args, labels, spec

    def fit(self, records):
        self.tokenizer = CharTokenizer(build_vocabulary(records, self.spec, 2, 6000), self.spec)
        ids = [self.tokenizer.encode(r) for r in records]
        self.features = BlockFeatures(blocks(self.args), self.args.max_features).fit(ids)
        x = self.features.transform(ids)
        index = {d: i for i, d in enumerate(self.labels)}
        y = np.zeros((len(records), len(self.labels)), dtype=bool)
        for r, record in enumerate(records):
            for drug in cdrugred_gold(record):
                if drug in index:
                    y[r, index[drug]] = True
        w, b = np.zeros((x.shape[1], len(self.labels))), np.full(len(self.labels), ABSENT_BIAS)
        for j in range(len(self.labels)):
            column = y[:, j]
            if column.all():
                b[j] = -ABSENT_BIAS
            elif column.sum() >= self.args.min_positives:
                m = LogisticRegression(C=self.args.label_c, solver="liblinear", max_iter=1000).fit(x, column)
                w[:, j], b[j] = m.coef_[0], m.intercept_[0]
            elif column.any():
                # too few visits to learn from text: the drug's training frequency (its log-odds) only
                rate = column.mean()
                b[j] = np.log(rate / (1 - rate))
        self.heads = [("probabilities", "sigmoid", w, b)]
        return self

    def predict(self, records):
        return linear_graph.forward(self.features, self.heads, [self.tokenizer.encode(r) for r in records])[0]


def choose_k(sorted_probs, objective="score", expected_gold=None):
    """The k (>= 1) maximising the expected Score ((Jaccard + F1) / 2) or F1 of predicting the top k of the
    probabilities (sorted, highest first), treating them as independent: |gold| ~ expected_gold (default: their
    sum) and the hits of the top k ~ the sum of their probabilities: F1 ~ 2 hits / (k + |gold|),
    Jaccard ~ hits / (k + |gold| - hits)."""
    p = np.asarray(sorted_probs, dtype=np.float64)
    if len(p) == 0:
        return 0
    total = p.sum() if expected_gold is None else expected_gold
    hits = np.cumsum(p)
    k = np.arange(1, len(p) + 1)
    f1 = 2 * hits / (k + total)
    value = f1 if objective == "f1" else (f1 + hits / np.maximum(k + total - hits, 1e-9)) / 2
    return int(np.argmax(value)) + 1


def expected_score_top_k(probabilities, labels, max_k=30):
    """Per visit the expected-Score top k (choose_k) among its max_k most probable labels; |gold| ~ the sum over
    all labels."""
    out = []
    for p in probabilities:
        order = np.argsort(-p, kind="stable")[:max_k]
        out.append([labels[i] for i in order[:choose_k(p[order], "score", p.sum())]])
    return out
