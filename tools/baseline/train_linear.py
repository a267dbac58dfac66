#!/usr/bin/python3
"""Trains the linear ICD baseline (character n-gram TF-IDF + logistic regression), reports k-fold held-out metrics
through `medrec score`, and writes a MedRec.Portal model package trained on all records.

    /usr/bin/python3 tools/baseline/train_linear.py --task icd --data ../shared/data/icd --folds 5 [--out pkg/]

--data picks the folder's labelled training file (the one with the most records carrying gold and text); --train
names the file instead. Each fold's held-out metrics come from `medrec score` (the portal's scorer).

The graph carries the TF-IDF (ONNX TfIdfVectorizer over the character ids), so the package is a standard
format-1 package: the portal's tokenizer, runner and parity check work unchanged (docs/baseline-model.md)."""
import argparse
import dataclasses
import json
import os
import sys
import time

import numpy as np
from scipy import sparse
import sklearn
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from medrec_baseline import linear_graph, trivial  # noqa: E402
from medrec_baseline.export import INPUT_NAME, write_package  # noqa: E402
from medrec_baseline.ngrams import BlockFeatures  # noqa: E402
from medrec_baseline.records import read_records  # noqa: E402
from medrec_baseline.scorer import heldout_metrics  # noqa: E402
from medrec_baseline.datafolder import labelled_file  # noqa: E402
from medrec_baseline.names import NameMatches  # noqa: E402
from medrec_baseline.tasks import ICD_ADDITIONAL, ICD_ADDITIONAL_NAMES, ICD_GOLD_OTHER, ICD_GOLD_PRIMARY, ICD_LINEAR, ICD_PRIMARY, icd_gold  # noqa: E402
from medrec_baseline.tokenizer import CharTokenizer, build_vocabulary  # noqa: E402
from medrec_baseline.folds import group_folds, print_fold_table  # noqa: E402

# The target is Acc with at most 7 additional codes (the largest gold count): always the 7 most probable.
ICD_RULE = {"kind": "icd", "additionalThreshold": 0.0, "minAdditional": 1, "maxAdditional": 7}
ABSENT_BIAS = -30.0  # a label never seen in training: probability ~1e-13


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--task", required=True, choices=["icd", "cdrugred"])
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--train", help="training records: JSON array or JSON Lines (bare NaN = null)")
    source.add_argument("--data", help="a data folder: its labelled training file is used (see above)")
    p.add_argument("--out", help="package folder to write (trained on all records); omit for cross-validation only")
    p.add_argument("--folds", type=int, default=5, help="cross-validation folds (by record); 0 or 1: none")
    p.add_argument("--report", help="also write the per-fold metrics and sizes here (JSON)")
    p.add_argument("--name", default="icd-tfidf-logreg")
    p.add_argument("--max-additional", type=int, default=7, help="additional codes per record (the cap)")
    p.add_argument("--primary-c", type=float, default=100.0, help="inverse regularisation, primary-code model")
    p.add_argument("--additional-c", type=float, default=10.0, help="inverse regularisation, additional codes")
    p.add_argument("--additional-class-weight", choices=["balanced", "none"], default="balanced",
                   help="class weights of the one-vs-rest additional-code models")
    p.add_argument("--diagnosis-weight", type=float, default=1.0,
                   help="weight of the admission-diagnosis + chief-complaint block next to the all-text block")
    p.add_argument("--history-weight", type=float, default=0.0,
                   help="weight of the past-history block (0: no such block)")
    p.add_argument("--name-weight", type=float, default=0.5,
                   help="ICD: weight of the code-name matches in the admission diagnosis, for the additional codes "
                        "(0: none)")
    p.add_argument("--max-features", type=int, default=200000,
                   help="n-grams per TF-IDF block, the most frequent first (the graph holds features x 58 weights)")
    p.add_argument("--labels", help="CDrugRed: the candidate drug list (JSON array); default: the --data folder's")
    p.add_argument("--extra-train", help="CDrugRed: labelled visits with the discharge diagnoses only (key "
                   "出院诊断 or 出院诊断_joined), e.g. the 3,602-visit labels file: training only, never held out; "
                   "visits of the main training file are skipped")
    p.add_argument("--label-c", type=float, default=10.0, help="CDrugRed: inverse regularisation per drug")
    p.add_argument("--min-positives", type=int, default=2,
                   help="CDrugRed: drugs in fewer training visits get their frequency only (no text model)")
    p.add_argument("--max-length", type=int, default=ICD_LINEAR.max_length,
                   help="ids per record (the field budgets stay; the demo model uses less, its records are short)")
    p.add_argument("--scorer", choices=["auto", "cli", "python"], default="auto")
    p.add_argument("--seed", type=int, default=13)
    return p.parse_args(argv)


def blocks(args):
    # all text: 1-3-grams seen in >= 2 records; the first two fields (入院诊断, 主诉) once more on their own, where
    # rare n-grams (min_df 1) still count: most additional codes are named in the admission diagnosis; the past
    # history (既往史, field 3) names the chronic conditions (hypertension grade, diabetes, ...).
    result = [("all", None, 3, 2, 1.0), ("diagnosis", (0, 2), 3, 1, args.diagnosis_weight)]
    if args.history_weight > 0:
        result.append(("history", (3, 4), 3, 2, args.history_weight))
    return result


def icd_spec(args):
    return dataclasses.replace(ICD_LINEAR, max_length=args.max_length)


class IcdLinear:
    def __init__(self, args):
        self.args = args

    def fit(self, records):
        spec = icd_spec(self.args)
        self.tokenizer = CharTokenizer(build_vocabulary(records, spec, 2, 6000), spec)
        ids = [self.tokenizer.encode(r) for r in records]
        self.features = BlockFeatures(blocks(self.args), self.args.max_features).fit(ids)
        x = self.features.transform(ids)
        self.names = None
        if self.args.name_weight > 0:
            names = NameMatches(ICD_ADDITIONAL, ICD_ADDITIONAL_NAMES, weight=self.args.name_weight).fit(self.tokenizer)
            self.names = names if names.pool else None
        # the primary code does not use the name matches (their weights are 0); the additional codes do
        x_additional = x if self.names is None else sparse.hstack([x, sparse.csr_matrix(self.names.transform(ids))]).tocsr()
        gold = [icd_gold(r) for r in records]
        primary = np.array([ICD_PRIMARY.index(p) for p, _ in gold])
        width = x.shape[1]
        wp, bp = np.zeros((width, len(ICD_PRIMARY))), np.full(len(ICD_PRIMARY), ABSENT_BIAS)
        model = LogisticRegression(C=self.args.primary_c, max_iter=3000).fit(x, primary)
        if len(model.classes_) == 1:
            bp[model.classes_[0]] = 0.0
        else:
            # sklearn's multinomial probabilities are the softmax of these logits (binary case: +/- half)
            coef = model.coef_ if len(model.classes_) > 2 else np.vstack([-model.coef_ / 2, model.coef_ / 2])
            icpt = model.intercept_ if len(model.classes_) > 2 else np.array([-1, 1]) * model.intercept_ / 2
            wp[:, model.classes_] = coef.T
            bp[model.classes_] = icpt
        if self.names is not None:
            wp = np.vstack([wp, np.zeros((len(ICD_ADDITIONAL), len(ICD_PRIMARY)))])
        x, width = x_additional, x_additional.shape[1]
        wa, ba = np.zeros((width, len(ICD_ADDITIONAL))), np.full(len(ICD_ADDITIONAL), ABSENT_BIAS)
        for j, code in enumerate(ICD_ADDITIONAL):
            y = np.array([code in other for _, other in gold])
            if y.all():
                ba[j] = -ABSENT_BIAS
            elif y.any():
                weight = None if self.args.additional_class_weight == "none" else "balanced"
                m = LogisticRegression(C=self.args.additional_c, class_weight=weight, max_iter=3000).fit(x, y)
                wa[:, j], ba[j] = m.coef_[0], m.intercept_[0]
        self.heads = [("primary_probabilities", "softmax", wp, bp), ("additional_probabilities", "sigmoid", wa, ba)]
        return self

    def predict(self, records):
        return linear_graph.forward(self.features, self.heads, [self.tokenizer.encode(r) for r in records], self.names)

    def decode(self, probabilities, rule):
        primary, additional = probabilities
        out = []
        for p, a in zip(primary, additional):
            order = np.argsort(-a, kind="stable")
            k = max(int(np.count_nonzero(a >= rule["additionalThreshold"])), 1)
            k = min(k, rule["maxAdditional"]) if rule["maxAdditional"] else k
            out.append((ICD_PRIMARY[int(np.argsort(-p, kind="stable")[0])], [ICD_ADDITIONAL[i] for i in order[:k]]))
        return out


def name_case(spec):
    """A parity case whose admission diagnosis lists code names (public ICD names, not record text), so the
    name-match part of the graph is checked by the runner, not only the n-grams."""
    names = [ICD_ADDITIONAL_NAMES[c] for c in ("I10.x00x032", "E11.900", "I48.x01", "E78.500", "I25.103")]
    return ("code-names", {spec.id_field: "parity-code-names", spec.fields[0].name: "；".join(names),
                           spec.fields[1].name: names[0] + "伴" + names[2]})


def trivial_summary(folds):
    """The always-the-most-frequent-codes baseline on the same folds: per fold, and "best" = the mean over folds
    (what the portal compares the model with)."""
    summary = {"rule": "per fold: most frequent primary + top-k additional (k by OtherF1)",
               "folds": [f["trivial"] for f in folds]}
    if folds:
        summary["best"] = {k: float(np.mean([f["trivial"][k] for f in folds])) for k in folds[0]["trivial"]}
    return summary


def main(argv=None):
    args = parse_args(argv)
    if args.task == "cdrugred":
        from cdrugred_main import main_cdrugred
        return main_cdrugred(args)
    rule = dict(ICD_RULE, maxAdditional=args.max_additional)
    spec = icd_spec(args)
    if args.data:
        path, records = labelled_file(args.data, spec, (ICD_GOLD_PRIMARY, ICD_GOLD_OTHER))
        print(f"training file: {path} ({len(records)} labelled records)", flush=True)
    else:
        records = read_records(args.train)
    folds = []
    started = time.time()
    if args.folds > 1:
        for index, (train, heldout) in enumerate(group_folds(records, spec.id_field, args.folds, args.seed)):
            t0 = time.time()
            model = IcdLinear(args).fit(train)
            decoded = model.decode(model.predict(heldout), rule)
            gold = [icd_gold(r) for r in heldout]
            metrics, scorer = heldout_metrics("icd", args.scorer, heldout, [str(r.get(spec.id_field)) for r in heldout],
                                              gold, decoded, None)
            folds.append({"fold": index + 1, "trainRecords": len(train), "heldOutRecords": len(heldout),
                          "scorer": scorer, "values": metrics, "seconds": round(time.time() - t0, 1),
                          "trivial": trivial.icd_top_k([icd_gold(r) for r in train], gold, ICD_ADDITIONAL)["best"]})
            print(f"fold {index + 1}/{args.folds}: {len(train)} train, {len(heldout)} held out, "
                  + ", ".join(f"{k} {v:.4f}" for k, v in metrics.items()) + f" ({scorer})", flush=True)
        print_fold_table(folds, ["Acc", "MainAccuracy", "OtherRecall", "OtherPrecision", "OtherF1"])
    report = {"task": "icd", "decoding": rule, "folds": folds, "cvSeconds": round(time.time() - started, 1)}
    if args.out:
        model = IcdLinear(args).fit(records)
        hyper = {k: getattr(args, k) for k in ("primary_c", "additional_c", "additional_class_weight", "diagnosis_weight", "history_weight", "name_weight", "max_additional",
                                               "max_features", "seed")}
        hyper["blocks"] = [list(b) for b in blocks(args)]
        hyper["features"] = int(sum(len(v.pool) for v in model.features.vectorizers))
        means = {k: float(np.mean([f["values"][k] for f in folds])) for k in folds[0]["values"]} if folds else {}
        metrics = {"split": f"{len(folds)}-fold cross-validation, by record" if folds else "none",
                   "trainRecords": len(records), "heldOutRecords": sum(f["heldOutRecords"] for f in folds),
                   "scorer": folds[0]["scorer"] if folds else "none", "values": means,
                   "folds": [dict(fold=f["fold"], **f["values"]) for f in folds]}
        trainer = {"tool": "tools/baseline/train_linear.py", "sklearn": sklearn.__version__, "device": "cpu",
                   "hyperparameters": hyper}
        write_package(args.out, spec=spec, tokenizer=model.tokenizer, task="icd",
                      labels=(ICD_PRIMARY, ICD_ADDITIONAL), rule=rule, metrics=metrics,
                      trivial=trivial_summary(folds),
                      trainer=trainer, name=args.name, opset=linear_graph.OPSET,
                      write_graph=lambda path: linear_graph.build_graph(model.features, model.heads, INPUT_NAME,
                                                                        spec.max_length, path, [f.max_chars for f in spec.fields],
                                                                        model.names),
                      forward=lambda ids: [r[0] for r in linear_graph.forward(model.features, model.heads, [ids],
                                                                              model.names)],
                      extra_cases=[name_case(spec)])
        report["onnxBytes"] = os.path.getsize(os.path.join(args.out, "model.onnx"))
        report["features"] = hyper["features"]
        print(f"package written to {args.out}: {report['onnxBytes']} bytes graph, {hyper['features']} n-gram features")
    if args.report:
        with open(args.report, "w", encoding="utf-8") as handle:
            json.dump(report, handle, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
