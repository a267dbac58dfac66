"""Decoding rules of the model package (docs/baseline-model.md, "Decoding") and their tuning on held-out data.

Ties are broken by label order (the lower index first), the same as the C# decoder."""
import numpy as np

from .metrics import cdrugred_metrics, icd_metrics


def ranked(probabilities):
    """Label indices by descending probability, ties by ascending index (a stable sort of -p)."""
    return np.argsort(-probabilities, kind="stable")


def select(probabilities, threshold, min_count, max_count, order=None):
    """Labels with p >= threshold, topped up to min_count or cut to max_count (None: no cap) by rank.

    The labels at or above the threshold are a prefix of the ranking, so this is the top k labels with
    k = clamp(count(p >= threshold), min_count, max_count)."""
    if order is None:
        order = ranked(probabilities)
    k = max(int(np.count_nonzero(probabilities >= threshold)), min_count)
    if max_count is not None:
        k = min(k, max_count)
    return [int(i) for i in order[:k]]


def decode_cdrugred(probabilities, labels, rule, orders=None):
    if orders is None:
        orders = [ranked(p) for p in probabilities]
    return [[labels[i] for i in select(p, rule["threshold"], rule["minCount"], rule["maxCount"], order)]
            for p, order in zip(probabilities, orders)]


def decode_icd(primary_probabilities, additional_probabilities, primary_labels, additional_labels, rule):
    result = []
    for primary, additional in zip(primary_probabilities, additional_probabilities):
        chosen = select(additional, rule["additionalThreshold"], rule["minAdditional"], rule["maxAdditional"])
        result.append((primary_labels[int(ranked(primary)[0])], [additional_labels[i] for i in chosen]))
    return result


THRESHOLDS = [round(t, 3) for t in np.arange(0.02, 0.81, 0.02)]


def tune_cdrugred(probabilities, labels, gold_sets):
    orders = [ranked(p) for p in probabilities]
    best = None
    for threshold in THRESHOLDS:
        for min_count in (0, 1, 2, 3, 4, 5):
            for max_count in (8, 10, 12, 15, 20, 30):
                rule = {"kind": "threshold", "threshold": threshold, "minCount": min_count, "maxCount": max_count}
                score = cdrugred_metrics(gold_sets, decode_cdrugred(probabilities, labels, rule, orders))["Score"]
                if best is None or score > best[0] + 1e-12:
                    best = (score, rule)
    return best[1]


def tune_icd(primary_probabilities, additional_probabilities, primary_labels, additional_labels, gold, objective):
    """objective: 'OtherF1' (default: the official Acc has no precision term, so tuning for it alone drives the
    threshold to zero and predicts every code) or 'Acc' (the literal official metric)."""
    best = None
    for threshold in THRESHOLDS:
        for max_additional in (None, 4, 6, 8, 10):
            rule = {"kind": "icd", "additionalThreshold": threshold, "minAdditional": 1,
                    "maxAdditional": max_additional}
            decoded = decode_icd(primary_probabilities, additional_probabilities, primary_labels, additional_labels,
                                 rule)
            metrics = icd_metrics(gold, decoded)
            key = (metrics[objective], metrics["Acc"])
            if best is None or key > best[0]:
                best = (key, rule)
    return best[1]
