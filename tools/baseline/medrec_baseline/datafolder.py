"""Finds the labelled training file of a task in a data folder (e.g. the organisers' download, ../shared/data/icd).

A data folder holds inputs without gold (test sets), label-only files and the labelled training records; the
trainer needs the last: the file with the most records that carry both the gold keys and the model's input text."""
import os

from .records import read_records


def labelled_file(folder, spec, gold_keys):
    """(path, records) of the best labelled file in folder; a clear error when there is none."""
    if not os.path.isdir(folder):
        raise SystemExit(f"--data {folder}: not a folder")
    best, tried = None, []
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if not os.path.isfile(path) or not name.endswith((".json", ".jsonl")):
            continue
        try:
            records = read_records(path)
        except (ValueError, UnicodeDecodeError) as error:
            tried.append(f"{name} (not readable: {str(error)[:60]})")
            continue
        usable = [r for r in records
                  if all(r.get(k) not in (None, "", []) for k in gold_keys)
                  and any(r.get(f.name) not in (None, "") for f in spec.fields)]
        tried.append(f"{name} ({len(usable)} labelled records with text)")
        if usable and (best is None or len(usable) > len(best[1])):
            best = (path, usable)
    if best is None:
        raise SystemExit(f"--data {folder}: no file holds records with {', '.join(gold_keys)} and the input fields "
                         f"({', '.join(f.name for f in spec.fields)}); looked at: {'; '.join(tried) or 'no .json/.jsonl files'}")
    return best
