#!/usr/bin/env python3
"""Reference scorer: the published formulas of docs/scoring-rules.md in plain Python (stdlib only).

    python3 tools/reference/score.py --task cdrugred|icd --gold GOLD --submission SUBMISSION

Prints the metrics as one JSON object. It is the yardstick of `medrec score`'s speed (the `cli` benchmark runs
both on the same files) and a second, independent reading of the formulas: it trusts that the submission is
valid (no rule checks beyond what scoring needs) and fails loudly if an identifier is missing.
"""
import argparse
import json
import unicodedata


def norm(text):
    # Rules 5 and 6: NFKC, then trim white space.
    return unicodedata.normalize("NFKC", text).strip()


def load_records(path):
    # Gold is a JSON array or JSON Lines (rule "Reading dataset files").
    with open(path, encoding="utf-8-sig") as handle:
        text = handle.read()
    if text.lstrip().startswith("["):
        return json.loads(text)
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def ratios(overlap, gold, predicted):
    # A ratio whose denominator is 0 is 0, except that G and P both empty gives 1 for all four.
    if gold == 0 and predicted == 0:
        return 1.0, 1.0, 1.0, 1.0
    jaccard = overlap / (gold + predicted - overlap)
    precision = overlap / predicted if predicted else 0.0
    recall = overlap / gold if gold else 0.0
    f1 = 2.0 * precision * recall / (precision + recall) if precision + recall else 0.0
    return jaccard, precision, recall, f1


def score_cdrugred(gold_path, submission_path):
    gold = {norm(r["就诊标识"]): {norm(d) for d in r.get("出院带药列表") or [] if norm(d)} for r in load_records(gold_path)}
    with open(submission_path, encoding="utf-8-sig") as handle:
        predicted = {norm(r["ID"]): {norm(d) for d in r["prediction"] if norm(d)} for r in json.load(handle)}
    sums = [0.0, 0.0, 0.0, 0.0]
    for visit, drugs in gold.items():
        guess = predicted[visit]
        for k, value in enumerate(ratios(len(drugs & guess), len(drugs), len(guess))):
            sums[k] += value
    n = len(gold)
    jaccard, precision, recall, f1 = (s / n for s in sums)
    return {"score": (jaccard + f1) / 2, "jaccard": jaccard, "f1": f1, "precision": precision, "recall": recall}


def parse_icd(text):
    # NFKC (full-width | and ; become ASCII), trim, one pair of outer brackets, split on | then on ;.
    text = norm(text)
    if text.startswith("[") and text.endswith("]"):
        text = text[1:-1]
    primary, _, others = text.partition("|")
    return norm(primary), {norm(c) for c in others.split(";") if norm(c)}


def score_icd(gold_path, submission_path):
    gold = {}
    for r in load_records(gold_path):
        others = r.get("其他诊断编码") or ""
        gold[norm(r["病案标识"])] = (norm(r["主要诊断编码"] or ""), {norm(c) for c in others.split(";") if norm(c)})
    with open(submission_path, encoding="utf-8-sig") as handle:
        predicted = {}
        for r in json.load(handle):
            key = "病案标识" if "病案标识" in r else "Record_ID"
            value = r["预测结果"] if "预测结果" in r else r["Prediction"]
            predicted[norm(r[key])] = parse_icd(value)
    acc = main_sum = other_sum = precision_sum = f1_sum = 0.0
    for record, (primary, others) in gold.items():
        guess_primary, guess_others = predicted[record]
        overlap = len(others & guess_others)
        main = 1.0 if primary == guess_primary else 0.0
        # other_i = |G∩P| / |G|: 1 if both are empty, 0 if only G is empty.
        other = (1.0 if not guess_others else 0.0) if not others else overlap / len(others)
        _, precision, _, f1 = ratios(overlap, len(others), len(guess_others))
        acc += 0.5 * main + 0.5 * other
        main_sum += main
        other_sum += other
        precision_sum += precision
        f1_sum += f1
    n = len(gold)
    return {"acc": acc / n, "main_accuracy": main_sum / n, "other_recall": other_sum / n,
            "other_precision": precision_sum / n, "other_f1": f1_sum / n}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--task", choices=["cdrugred", "icd"], required=True)
    parser.add_argument("--gold", required=True)
    parser.add_argument("--submission", required=True)
    args = parser.parse_args()
    scorer = score_cdrugred if args.task == "cdrugred" else score_icd
    print(json.dumps(scorer(args.gold, args.submission)))


if __name__ == "__main__":
    main()
