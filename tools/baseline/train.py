#!/usr/bin/python3
"""Trains a character-CNN baseline for CDrugRed or ICD coding and writes a MedRec.Portal model package.

    /usr/bin/python3 tools/baseline/train.py --task cdrugred --train train.jsonl --labels candidates.json --out pkg/
    /usr/bin/python3 tools/baseline/train.py --task icd --train ICD-train.json --out pkg/

See tools/baseline/README.md and docs/baseline-model.md (the package contract)."""
import argparse
import dataclasses
import json
import math
import os
import random
import sys
import time

import numpy as np
import torch
from torch import nn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from medrec_baseline import decoding, trivial  # noqa: E402
from medrec_baseline.export import export_package  # noqa: E402
from medrec_baseline.model import CharCnn  # noqa: E402
from medrec_baseline.records import read_records  # noqa: E402
from medrec_baseline.scorer import heldout_metrics, python_metrics  # noqa: E402
from medrec_baseline.tasks import (ICD_ADDITIONAL, ICD_PRIMARY, TASKS, cdrugred_gold,  # noqa: E402
                                   icd_gold)
from medrec_baseline.tokenizer import CharTokenizer, build_vocabulary  # noqa: E402


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--task", required=True, choices=sorted(TASKS))
    p.add_argument("--train", required=True, help="training records: JSON array or JSON Lines")
    p.add_argument("--labels", help="CDrugRed: the candidate drug list (JSON array of names); required for cdrugred")
    p.add_argument("--out", required=True, help="package folder to write (model.onnx, model.json, vocab.json)")
    p.add_argument("--report", help="also write the held-out report (metrics, trivial baseline, timings) here")
    p.add_argument("--name", help="package name written into the manifest")
    p.add_argument("--heldout-fraction", type=float, default=0.2)
    p.add_argument("--epochs", type=int, default=12)
    p.add_argument("--batch-size", type=int, default=32)
    p.add_argument("--lr", type=float, default=2e-3)
    p.add_argument("--weight-decay", type=float, default=1e-4)
    p.add_argument("--embedding-dim", type=int, default=64)
    p.add_argument("--channels", type=int, default=128)
    p.add_argument("--hidden", type=int, default=256)
    p.add_argument("--dropout", type=float, default=0.3)
    p.add_argument("--max-length", type=int, help="override the task's maximum input length (characters)")
    p.add_argument("--vocab-min-count", type=int, default=2)
    p.add_argument("--vocab-max-size", type=int, default=6000)
    p.add_argument("--icd-objective", choices=["OtherF1", "Acc"], default="OtherF1",
                   help="what the ICD additional-code threshold is tuned for (see docs/baseline-model.md)")
    p.add_argument("--scorer", choices=["auto", "cli", "python"], default="auto",
                   help="held-out metrics by `medrec score` (cli), by the Python scorer, or the CLI when present")
    p.add_argument("--device", choices=["auto", "cpu", "cuda"], default="auto")
    p.add_argument("--threads", type=int, default=2, help="CPU threads for torch")
    p.add_argument("--seed", type=int, default=13)
    return p.parse_args(argv)


def split(records, spec, fraction, seed):
    """Held-out split by patient (CDrugRed: all visits of a patient on one side) or by record (ICD)."""
    key = spec.group_field or spec.id_field
    groups = sorted({str(r.get(key)) for r in records})
    random.Random(seed).shuffle(groups)
    heldout_groups = set(groups[:max(1, math.ceil(len(groups) * fraction))])
    train = [r for r in records if str(r.get(key)) not in heldout_groups]
    heldout = [r for r in records if str(r.get(key)) in heldout_groups]
    return train, heldout


def targets(task, records, labels):
    if task == "cdrugred":
        index = {d: i for i, d in enumerate(labels[0])}
        y = np.zeros((len(records), len(labels[0])), dtype=np.float32)
        unknown = 0
        for row, record in enumerate(records):
            for drug in cdrugred_gold(record):
                if drug in index:
                    y[row, index[drug]] = 1
                else:
                    unknown += 1
        return (torch.from_numpy(y),), unknown
    primary_index = {c: i for i, c in enumerate(labels[0])}
    additional_index = {c: i for i, c in enumerate(labels[1])}
    primary = np.zeros(len(records), dtype=np.int64)
    additional = np.zeros((len(records), len(labels[1])), dtype=np.float32)
    unknown = 0
    for row, record in enumerate(records):
        gold_primary, gold_other = icd_gold(record)
        if gold_primary not in primary_index:
            raise ValueError(f"record {record.get('病案标识')}: primary code {gold_primary!r} is not one of the 5")
        primary[row] = primary_index[gold_primary]
        for code in gold_other:
            if code in additional_index:
                additional[row, additional_index[code]] = 1
            else:
                unknown += 1
    return (torch.from_numpy(primary), torch.from_numpy(additional)), unknown


def loss_fn(task, logits, batch_targets):
    # Binary cross-entropy summed over labels (averaged over records): averaged over labels, the few positive
    # labels of each record give the shared layers almost no gradient next to the ICD primary-code loss.
    def bce(x, y):
        return nn.functional.binary_cross_entropy_with_logits(x, y, reduction="sum") / x.shape[0]
    if task == "cdrugred":
        return bce(logits[0], batch_targets[0])
    return nn.functional.cross_entropy(logits[0], batch_targets[0]) + bce(logits[1], batch_targets[1])


def predict(cnn, ids, task, device, batch_size=64):
    cnn.eval()
    outputs = None
    with torch.no_grad():
        for start in range(0, len(ids), batch_size):
            logits = cnn(ids[start:start + batch_size].to(device))
            probs = [torch.sigmoid(logits[0])] if task == "cdrugred" else [
                torch.softmax(logits[0], dim=1), torch.sigmoid(logits[1])]
            probs = [p.cpu().numpy() for p in probs]
            outputs = probs if outputs is None else [np.concatenate([a, b]) for a, b in zip(outputs, probs)]
    return outputs


def tune_and_decode(task, probs, labels, gold, objective):
    if task == "cdrugred":
        rule = decoding.tune_cdrugred(probs[0], labels[0], gold)
        return rule, decoding.decode_cdrugred(probs[0], labels[0], rule)
    rule = decoding.tune_icd(probs[0], probs[1], labels[0], labels[1], gold, objective)
    return rule, decoding.decode_icd(probs[0], probs[1], labels[0], labels[1], rule)


def main(argv=None):
    args = parse_args(argv)
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    random.seed(args.seed)
    np.random.seed(args.seed)
    device = "cuda" if args.device == "cuda" or (args.device == "auto" and torch.cuda.is_available()) else "cpu"

    spec = TASKS[args.task]
    if args.max_length:
        spec = dataclasses.replace(spec, max_length=args.max_length)
    if args.task == "cdrugred":
        if not args.labels:
            sys.exit("--labels is required for cdrugred: the candidate drug list (a JSON array of names)")
        with open(args.labels, encoding="utf-8-sig") as handle:
            candidates = json.load(handle)
        if not isinstance(candidates, list) or not all(isinstance(c, str) for c in candidates):
            sys.exit(f"{args.labels}: expected a JSON array of drug names")
        labels = ([c.strip() for c in candidates],)
        primary_metric = "Score"
    else:
        labels = (ICD_PRIMARY, ICD_ADDITIONAL)
        primary_metric = "Acc"

    records = read_records(args.train)
    train_records, heldout_records = split(records, spec, args.heldout_fraction, args.seed)
    vocabulary = build_vocabulary(train_records, spec, args.vocab_min_count, args.vocab_max_size)
    tokenizer = CharTokenizer(vocabulary, spec)
    train_ids = torch.tensor([tokenizer.encode(r) for r in train_records], dtype=torch.int64)
    heldout_ids = torch.tensor([tokenizer.encode(r) for r in heldout_records], dtype=torch.int64)
    train_targets, unknown = targets(args.task, train_records, labels)
    if args.task == "cdrugred":
        train_gold = [cdrugred_gold(r) for r in train_records]
        heldout_gold = [cdrugred_gold(r) for r in heldout_records]
    else:
        train_gold = [icd_gold(r) for r in train_records]
        heldout_gold = [icd_gold(r) for r in heldout_records]
    print(f"{args.task}: {len(train_records)} training, {len(heldout_records)} held-out records; "
          f"vocabulary {len(vocabulary)}; {unknown} gold labels outside the label list ignored; device {device}",
          flush=True)

    heads = [("labels", len(labels[0]))] if args.task == "cdrugred" else [
        ("primary", len(labels[0])), ("additional", len(labels[1]))]
    cnn = CharCnn(len(vocabulary), heads, args.embedding_dim, args.channels, hidden=args.hidden,
                  dropout=args.dropout).to(device)
    optimizer = torch.optim.AdamW(cnn.parameters(), lr=args.lr, weight_decay=args.weight_decay)
    generator = torch.Generator().manual_seed(args.seed)

    best = None
    started = time.time()
    for epoch in range(1, args.epochs + 1):
        cnn.train()
        order = torch.randperm(len(train_ids), generator=generator)
        total = 0.0
        for start in range(0, len(order), args.batch_size):
            batch = order[start:start + args.batch_size]
            logits = cnn(train_ids[batch].to(device))
            loss = loss_fn(args.task, logits, [t[batch].to(device) for t in train_targets])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            total += loss.item() * len(batch)
        probs = predict(cnn, heldout_ids, args.task, device)
        rule, decoded = tune_and_decode(args.task, probs, labels, heldout_gold, args.icd_objective)
        value = python_metrics(args.task, heldout_gold, decoded)[primary_metric]
        print(f"epoch {epoch}: loss {total / len(train_ids):.4f}, held-out {primary_metric} {value:.4f} "
              f"({time.time() - started:.0f} s)", flush=True)
        if best is None or value > best[0]:
            best = (value, epoch, {k: v.detach().clone() for k, v in cnn.state_dict().items()})
    train_seconds = time.time() - started
    cnn.load_state_dict(best[2])

    probs = predict(cnn, heldout_ids, args.task, device)
    rule, decoded = tune_and_decode(args.task, probs, labels, heldout_gold, args.icd_objective)
    heldout_ids_list = [str(r.get(spec.id_field)) for r in heldout_records]
    metrics, scorer = heldout_metrics(args.task, args.scorer, heldout_records, heldout_ids_list, heldout_gold,
                                      decoded, args.labels)
    baseline = (trivial.cdrugred_top_k(train_gold, heldout_gold) if args.task == "cdrugred"
                else trivial.icd_top_k(train_gold, heldout_gold, labels[1]))

    hyper = {k: getattr(args, k) for k in ("epochs", "batch_size", "lr", "weight_decay", "embedding_dim", "channels",
                                           "hidden", "dropout", "vocab_min_count", "vocab_max_size", "seed",
                                           "heldout_fraction", "icd_objective", "name")}
    hyper["best_epoch"] = best[1]
    metrics_block = {"split": "held-out, by patient" if spec.group_field else "held-out, by record",
                     "trainRecords": len(train_records), "heldOutRecords": len(heldout_records),
                     "scorer": scorer, "values": metrics}
    manifest = export_package(args.out, cnn=cnn, spec=spec, tokenizer=tokenizer, task=args.task, labels=labels,
                              rule=rule, metrics=metrics_block, trivial=baseline, hyper=hyper, device=device)
    report = {"task": args.task, "decoding": rule, "metrics": metrics_block, "trivialBaseline": baseline,
              "trainSeconds": round(train_seconds, 1), "bestEpoch": best[1],
              "parameters": sum(p.numel() for p in cnn.parameters()),
              "onnxBytes": os.path.getsize(os.path.join(args.out, manifest["files"]["model"]))}
    print(json.dumps(report, ensure_ascii=False, indent=1))
    if args.report:
        with open(args.report, "w", encoding="utf-8") as handle:
            json.dump(report, handle, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
