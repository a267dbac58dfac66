#!/usr/bin/python3
"""Trains and cross-validates the CDrugRed discharge-medication ranker (candidate drugs per visit, gradient-boosted
trees over visit-drug features, expected-score top k), scored by `medrec score`.

    /usr/bin/python3 tools/baseline/train_ranker.py --task cdrugred --data ../shared/data/cdrugred --folds 5

Folds are by patient (就诊标识 prefix). The diagnosis-only labelled file of the folder (the one with the most
labelled visits without text, e.g. CDrugRed_train.labels-3602.jsonl) feeds the priors, co-occurrence and
diagnosis neighbours; visits of held-out patients are always left out of them. Not yet a portal model package."""
import argparse
import json
import os
import sys
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from cdrugred_main import KEYS, candidate_file  # noqa: E402
from drug_stats import patient_folds, patient_of  # noqa: E402
from medrec_baseline import trivial  # noqa: E402
from medrec_baseline.folds import print_fold_table  # noqa: E402
from medrec_baseline.records import read_records  # noqa: E402
from medrec_baseline.scorer import heldout_metrics  # noqa: E402
from ranker import Ranker  # noqa: E402
from ranker_features import visit_view  # noqa: E402

GOLD = "出院带药列表"


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--task", required=True, choices=["cdrugred"])
    p.add_argument("--data", required=True, help="the CDrugRed data folder")
    p.add_argument("--labels", help="candidate drug list (JSON array); default: the folder's")
    p.add_argument("--folds", type=int, default=5)
    p.add_argument("--trees", type=int, default=200)
    p.add_argument("--leaves", type=int, default=31)
    p.add_argument("--learning-rate", type=float, default=0.06)
    p.add_argument("--top-votes", type=int, default=60, help="candidates per visit by neighbour votes, besides mentions")
    p.add_argument("--inner-folds", type=int, default=4, help="inner folds for the training rows' features")
    p.add_argument("--early-stopping", choices=["auto", "on", "off"], default="auto",
                   help="scikit-learn's early stopping of the trees (auto: on above 10,000 rows)")
    p.add_argument("--objective", choices=["score", "f1"], default="score", help="what the chosen k maximises")
    p.add_argument("--max-folds", type=int, default=0, help="run only the first N folds (quick checks)")
    p.add_argument("--throughput", type=int, default=100, help="visits timed at batch 1 on fold 1 (0: none)")
    p.add_argument("--scorer", choices=["auto", "cli", "python"], default="auto")
    p.add_argument("--report", help="also write the per-fold metrics as JSON")
    p.add_argument("--seed", type=int, default=13)
    return p.parse_args(argv)


def data_files(folder):
    """(full-text labelled records, diagnosis-only labelled records) of the folder."""
    full, diag = (None, []), (None, [])
    for name in sorted(os.listdir(folder)):
        if not name.endswith((".json", ".jsonl")) or not os.path.isfile(os.path.join(folder, name)):
            continue
        try:
            records = read_records(os.path.join(folder, name))
        except (ValueError, UnicodeDecodeError):
            continue
        labelled = [r for r in records if r.get(GOLD)]
        with_text = [r for r in labelled if r.get("诊疗过程描述")]
        if len(with_text) > len(full[1]):
            full = (name, with_text)
        no_text = [r for r in labelled if not r.get("诊疗过程描述") and (r.get("出院诊断") or r.get("出院诊断_joined"))]
        if len(no_text) > len(diag[1]):
            diag = (name, no_text)
    if not full[1]:
        raise SystemExit(f"--data {folder}: no labelled visits with text")
    return full, diag


def early_stopping_flag(choice):
    return {"auto": "auto", "on": True, "off": False}[choice]


def main(argv=None):
    args = parse_args(argv)
    labels_path = candidate_file(args)
    with open(labels_path, encoding="utf-8-sig") as handle:
        candidates = [c.strip() for c in json.load(handle)]
    (full_name, records), (diag_name, diag_records) = data_files(args.data)
    print(f"full-text visits: {full_name} ({len(records)}); diagnosis-only visits: {diag_name} "
          f"({len(diag_records)}); candidates: {labels_path} ({len(candidates)})", flush=True)
    visits = [visit_view(r) for r in records]
    known = {v["id"] for v in visits}
    # the diagnosis pool: every labelled visit once (full-text visits as they are, the others from the labels file)
    diag_pool = visits + [visit_view(r) for r in diag_records if str(r.get("就诊标识")) not in known]
    fold_of = patient_folds([v["id"] for v in visits], args.folds, args.seed)
    folds, started = [], time.time()
    for f in range(args.folds if not args.max_folds else min(args.max_folds, args.folds)):
        t0 = time.time()
        train = [v for v, g in zip(visits, fold_of) if g != f]
        held = [v for v, g in zip(visits, fold_of) if g == f]
        held_records = [r for r, g in zip(records, fold_of) if g == f]
        held_patients = {patient_of(v["id"]) for v in held}
        model = Ranker(candidates, args.trees, args.leaves, args.learning_rate, args.top_votes, args.inner_folds,
                       args.objective, args.seed, early_stopping_flag(args.early_stopping)).fit(train, diag_pool, held_patients)
        fit_s = time.time() - t0
        t1 = time.time()
        decoded = model.predict(held)
        batch_rate = len(held) / (time.time() - t1)
        single_rate = None
        if f == 0 and args.throughput:
            sample = held[: args.throughput]
            model.builder.forget_mentions()  # time the mention search too, not a cached result
            t2 = time.time()
            for v in sample:
                model.predict([v])
            single_rate = len(sample) / (time.time() - t2)
        gold = [v["gold"] for v in held]
        metrics, scorer = heldout_metrics("cdrugred", args.scorer, held_records, [v["id"] for v in held], gold,
                                          decoded, labels_path)
        triv = trivial.cdrugred_top_k([v["gold"] for v in train], gold)["best"]
        folds.append({"fold": f + 1, "trainRecords": len(train), "heldOutRecords": len(held), "scorer": scorer,
                      "values": {k: metrics[k] for k in KEYS}, "trivial": {k: triv[k] for k in KEYS},
                      "fitSeconds": round(fit_s, 1), "batchRecordsPerSecond": round(batch_rate, 1),
                      "singleRecordsPerSecond": None if single_rate is None else round(single_rate, 1)})
        print(f"fold {f + 1}/{args.folds}: {len(train)} train, {len(held)} held out, "
              + ", ".join(f"{k} {metrics[k]:.4f}" for k in KEYS) + f" ({scorer}); trivial best k Score "
              f"{triv['Score']:.4f}; fit {fit_s:.0f} s; predict {batch_rate:.1f} records/s in one batch"
              + ("" if single_rate is None else f", {single_rate:.1f} records/s at batch 1"), flush=True)
    print_fold_table(folds, KEYS)
    print("trivial (always the k most frequent training drugs, best k per fold):")
    print_fold_table([dict(x, values=x["trivial"]) for x in folds], KEYS)
    report = {"task": "cdrugred", "model": "ranker", "folds": folds, "seconds": round(time.time() - started, 1),
              "hyperparameters": {k: getattr(args, k) for k in ("trees", "leaves", "learning_rate", "top_votes",
                                                               "inner_folds", "objective", "seed",
                                                               "early_stopping")}}
    if args.report:
        with open(args.report, "w", encoding="utf-8") as handle:
            json.dump(report, handle, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
