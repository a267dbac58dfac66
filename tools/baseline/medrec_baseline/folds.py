"""K-fold splits by group (CDrugRed: patient, so all visits of a patient are on one side; ICD: record)."""
import random

import numpy as np


def group_folds(records, group_field, k, seed):
    groups = sorted({str(r.get(group_field)) for r in records})
    random.Random(seed).shuffle(groups)
    fold_of = {g: i % k for i, g in enumerate(groups)}
    for fold in range(k):
        train = [r for r in records if fold_of[str(r.get(group_field))] != fold]
        heldout = [r for r in records if fold_of[str(r.get(group_field))] == fold]
        yield train, heldout


def print_fold_table(folds, keys):
    """A Markdown table: one row per fold, then the mean and the standard deviation."""
    print("| Fold | Held-out | " + " | ".join(keys) + " |")
    print("|---|---|" + "---|" * len(keys))
    for f in folds:
        print(f"| {f['fold']} | {f['heldOutRecords']} | " + " | ".join(f"{f['values'][k]:.4f}" for k in keys) + " |")
    for label, fn in (("mean", np.mean), ("sd", np.std)):
        print(f"| {label} | {sum(f['heldOutRecords'] for f in folds)} | "
              + " | ".join(f"{fn([f['values'][k] for f in folds]):.4f}" for k in keys) + " |")
