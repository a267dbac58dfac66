"""`train_linear.py --task cdrugred`: k-fold cross-validation by patient and the package (see train_linear.py)."""
import json
import os
import time

import numpy as np
import sklearn

from drug_stats import patient_of
from medrec_baseline import decoding, linear_graph, trivial
from medrec_baseline.cdrugred_linear import CDRUGRED_LINEAR, CDrugRedLinear, blocks, expected_score_top_k
from medrec_baseline.datafolder import labelled_file
from medrec_baseline.export import INPUT_NAME, write_package
from medrec_baseline.folds import group_folds, print_fold_table
from medrec_baseline.metrics import cdrugred_metrics
from medrec_baseline.records import read_records
from medrec_baseline.scorer import heldout_metrics
from medrec_baseline.tasks import CDRUGRED_GOLD, cdrugred_gold

KEYS = ["Score", "Jaccard", "F1", "Precision", "Recall"]


def candidate_file(args):
    if args.labels:
        return args.labels
    if args.data:
        for name in sorted(os.listdir(args.data)):
            path = os.path.join(args.data, name)
            if name.endswith(".json") and os.path.isfile(path):
                try:
                    with open(path, encoding="utf-8-sig") as handle:
                        value = json.load(handle)
                except ValueError:
                    continue
                if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
                    return path
    raise SystemExit("--labels is required for cdrugred (the candidate drug list, a JSON array of names), "
                     "or a --data folder holding one")


def group_of(record):
    # all visits of a patient fall on one side of a split (the rule: drug_stats.patient_of)
    return patient_of(record.get("就诊标识", ""))


def patient_folds(records, k, seed):
    """group_folds by patient: the same shuffled assignment of groups to folds."""
    keyed = [{"g": group_of(r), "i": i} for i, r in enumerate(records)]
    for train, heldout in group_folds(keyed, "g", k, seed):
        yield [records[x["i"]] for x in train], [records[x["i"]] for x in heldout]


def extra_visits(path, records):
    """Diagnosis-only labelled visits (not in records), as records with 出院诊断 and the gold list only."""
    if not path:
        return []
    known = {str(r.get("就诊标识")) for r in records}
    extra = []
    for r in read_records(path):
        diagnoses = r.get("出院诊断", r.get("出院诊断_joined"))
        if str(r.get("就诊标识")) in known or not diagnoses or not cdrugred_gold(r):
            continue
        extra.append({"就诊标识": r.get("就诊标识"), "出院诊断": diagnoses, CDRUGRED_GOLD: r[CDRUGRED_GOLD]})
    print(f"--extra-train {path}: {len(extra)} diagnosis-only visits added to training", flush=True)
    return extra


def main_cdrugred(args):
    spec = CDRUGRED_LINEAR
    labels_path = candidate_file(args)
    with open(labels_path, encoding="utf-8-sig") as handle:
        labels = [c.strip() for c in json.load(handle)]
    if args.data:
        path, records = labelled_file(args.data, spec, (CDRUGRED_GOLD,))
        print(f"training file: {path} ({len(records)} labelled records); candidates: {labels_path}", flush=True)
    else:
        records = read_records(args.train)
    extra = extra_visits(args.extra_train, records)
    started, folds, pooled = time.time(), [], []
    if args.folds > 1:
        for index, (train, heldout) in enumerate(patient_folds(records, args.folds, args.seed)):
            t0 = time.time()
            held_patients = {group_of(r) for r in heldout}
            model = CDrugRedLinear(args, labels).fit(train + [e for e in extra if group_of(e) not in held_patients])
            pooled.append((train, heldout, model.predict(heldout)))
            print(f"fold {index + 1}/{args.folds}: {len(train)} train, {len(heldout)} held out "
                  f"({time.time() - t0:.0f} s)", flush=True)
        # The threshold rule (3 numbers) is tuned on the pooled out-of-fold probabilities of all folds.
        rule = decoding.tune_cdrugred(np.vstack([p for _, _, p in pooled]), labels,
                                      [cdrugred_gold(r) for _, h, _ in pooled for r in h])
        print(f"decoding rule (tuned on the pooled out-of-fold probabilities): {rule}", flush=True)
        for index, (train, heldout, probs) in enumerate(pooled):
            gold = [cdrugred_gold(r) for r in heldout]
            decoded = decoding.decode_cdrugred(probs, labels, rule)
            ids = [str(r.get(spec.id_field)) for r in heldout]
            metrics, scorer = heldout_metrics("cdrugred", args.scorer, heldout, ids, gold, decoded, labels_path)
            expected = cdrugred_metrics(gold, expected_score_top_k(probs, labels))
            folds.append({"fold": index + 1, "trainRecords": len(train), "heldOutRecords": len(heldout),
                          "scorer": scorer, "values": metrics,
                          "expectedScoreTopK": {k: expected[k] for k in KEYS},
                          "trivial": trivial.cdrugred_top_k([cdrugred_gold(r) for r in train], gold)["best"]})
            print(f"fold {index + 1}: " + ", ".join(f"{k} {metrics[k]:.4f}" for k in KEYS)
                  + f" ({scorer}); expected-score top-k: Score {expected['Score']:.4f}; "
                  f"trivial best k: Score {folds[-1]['trivial']['Score']:.4f}", flush=True)
        print_fold_table(folds, KEYS)
        print_fold_table([dict(f, values=f["expectedScoreTopK"]) for f in folds], KEYS)
    else:
        rule = {"kind": "threshold", "threshold": 0.2, "minCount": 1, "maxCount": 15}
    report = {"task": "cdrugred", "decoding": rule, "folds": folds, "cvSeconds": round(time.time() - started, 1)}
    if args.out:
        model = CDrugRedLinear(args, labels).fit(records + extra)
        hyper = {k: getattr(args, k) for k in ("label_c", "min_positives", "diagnosis_weight", "max_features", "seed")}
        hyper["blocks"] = [list(b) for b in blocks(args)]
        hyper["features"] = int(sum(len(v.pool) for v in model.features.vectorizers))
        means = {k: float(np.mean([f["values"][k] for f in folds])) for k in KEYS} if folds else {}
        metrics = {"split": f"{len(folds)}-fold cross-validation, by patient" if folds else "none",
                   "trainRecords": len(records), "heldOutRecords": sum(f["heldOutRecords"] for f in folds),
                   "scorer": folds[0]["scorer"] if folds else "none", "values": means,
                   "folds": [dict(fold=f["fold"], **{k: f["values"][k] for k in KEYS}) for f in folds]}
        trivial_summary = {"rule": "per fold: always the k most frequent training drugs (best k)",
                           "best": {k: float(np.mean([f["trivial"][k] for f in folds])) for k in KEYS} if folds else {}}
        write_package(args.out, spec=spec, tokenizer=model.tokenizer, task="cdrugred", labels=(labels,), rule=rule,
                      metrics=metrics, trivial=trivial_summary,
                      trainer={"tool": "tools/baseline/train_linear.py", "sklearn": sklearn.__version__,
                               "device": "cpu", "hyperparameters": hyper},
                      name=args.name if args.name != "icd-tfidf-logreg" else "cdrugred-tfidf-logreg",
                      opset=linear_graph.OPSET,
                      write_graph=lambda p: linear_graph.build_graph(model.features, model.heads, INPUT_NAME,
                                                                     spec.max_length, p,
                                                                     [f.max_chars for f in spec.fields]),
                      forward=lambda ids: [r[0] for r in linear_graph.forward(model.features, model.heads, [ids])])
        report["onnxBytes"] = os.path.getsize(os.path.join(args.out, "model.onnx"))
        print(f"package written to {args.out}: {report['onnxBytes']} bytes graph, {hyper['features']} features")
    if args.report:
        with open(args.report, "w", encoding="utf-8") as handle:
            json.dump(report, handle, ensure_ascii=False, indent=1)
