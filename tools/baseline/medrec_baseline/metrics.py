"""The official metrics of docs/scoring-rules.md (used while tuning; the reported numbers come from `medrec score`
when the CLI is available)."""


def _ratio(numerator, denominator):
    return numerator / denominator if denominator else 0.0


def cdrugred_metrics(gold_sets, predicted_sets):
    """Sample-averaged Jaccard, F1, precision, recall; Score = (Jaccard + F1) / 2."""
    totals = {"Jaccard": 0.0, "F1": 0.0, "Precision": 0.0, "Recall": 0.0}
    for gold, predicted in zip(gold_sets, predicted_sets):
        gold, predicted = set(gold), set(predicted)
        if not gold and not predicted:
            for key in totals:
                totals[key] += 1.0
            continue
        both = len(gold & predicted)
        precision, recall = _ratio(both, len(predicted)), _ratio(both, len(gold))
        totals["Jaccard"] += _ratio(both, len(gold | predicted))
        totals["Precision"] += precision
        totals["Recall"] += recall
        totals["F1"] += _ratio(2 * precision * recall, precision + recall)
    n = max(len(gold_sets), 1)
    result = {key: value / n for key, value in totals.items()}
    result["Score"] = (result["Jaccard"] + result["F1"]) / 2
    return result


def icd_metrics(gold, predicted):
    """gold, predicted: lists of (primary, [additional]). Acc = mean(0.5 main + 0.5 other recall)."""
    main = other = precision_sum = f1_sum = 0.0
    for (gold_primary, gold_other), (pred_primary, pred_other) in zip(gold, predicted):
        g, p = set(gold_other), set(pred_other)
        main_i = 1.0 if gold_primary == pred_primary else 0.0
        if not g:
            other_i = 1.0 if not p else 0.0
            precision_i = f1_i = other_i
        else:
            both = len(g & p)
            other_i = both / len(g)
            precision_i = _ratio(both, len(p))
            f1_i = _ratio(2 * precision_i * other_i, precision_i + other_i)
        main += main_i
        other += other_i
        precision_sum += precision_i
        f1_sum += f1_i
    n = max(len(gold), 1)
    return {
        "Acc": (0.5 * main + 0.5 * other) / n,
        "MainAccuracy": main / n,
        "OtherRecall": other / n,
        "OtherPrecision": precision_sum / n,
        "OtherF1": f1_sum / n,
    }
