"""Trivial baselines on the same split, for comparison: always the k most frequent labels of the training part."""
from collections import Counter

from .metrics import cdrugred_metrics, icd_metrics


def cdrugred_top_k(train_gold, heldout_gold, ks=range(1, 21)):
    counts = Counter(d for drugs in train_gold for d in set(drugs))
    ranking = [d for d, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    results = {k: cdrugred_metrics(heldout_gold, [ranking[:k]] * len(heldout_gold)) for k in ks}
    best_k = max(results, key=lambda k: results[k]["Score"])
    return {"rule": "always the k most frequent training drugs", "bestK": best_k, "best": results[best_k],
            "top5": results[5]}


def icd_top_k(train_gold, heldout_gold, additional_labels, ks=range(1, 11)):
    primary = Counter(p for p, _ in train_gold).most_common(1)[0][0]
    counts = Counter(c for _, codes in train_gold for c in set(codes))
    ranking = [c for c, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    results = {k: icd_metrics(heldout_gold, [(primary, ranking[:k])] * len(heldout_gold)) for k in ks}
    best_k = max(results, key=lambda k: (results[k]["OtherF1"], results[k]["Acc"]))
    every = icd_metrics(heldout_gold, [(primary, list(additional_labels))] * len(heldout_gold))
    return {"rule": "always the most frequent primary code and the k most frequent additional codes",
            "bestKByOtherF1": best_k, "best": results[best_k], "allAdditionalCodes": every}
