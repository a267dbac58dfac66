"""Held-out metrics: by the portal's own scorer (`medrec score`, the Scoring library) when it can run, otherwise
by the Python implementation of docs/scoring-rules.md used for tuning."""
import json
import os
import subprocess
import sys
import tempfile

from .metrics import cdrugred_metrics, icd_metrics

REPO_ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
CLI_PROJECT = os.path.join(REPO_ROOT, "src", "MedRec.Portal.Cli")


def submission_rows(task, ids, decoded):
    """The official submission format, the same as the C# runner writes."""
    if task == "cdrugred":
        return [{"ID": i, "prediction": drugs} for i, drugs in zip(ids, decoded)]
    return [{"病案标识": i, "预测结果": f"[{p}|{';'.join(a)}]"} for i, (p, a) in zip(ids, decoded)]


def python_metrics(task, gold, decoded):
    return cdrugred_metrics(gold, decoded) if task == "cdrugred" else icd_metrics(gold, decoded)


# `medrec score --json` metric keys → the names used by the trainer and in manifests.
CLI_KEYS = {"score": "Score", "jaccard": "Jaccard", "f1": "F1", "precision": "Precision", "recall": "Recall",
            "acc": "Acc", "main_accuracy": "MainAccuracy", "other_recall": "OtherRecall",
            "other_precision": "OtherPrecision", "other_f1": "OtherF1"}


def cli_available():
    return os.path.isfile(os.path.join(CLI_PROJECT, "Commands", "ScoreCommand.cs"))


def cli_metrics(task, gold_records, ids, decoded, candidates_path):
    """Runs `dotnet run --project src/MedRec.Portal.Cli -- score --task T --gold G --submission S [--candidates C] --json`."""
    with tempfile.TemporaryDirectory() as tmp:
        gold_path = os.path.join(tmp, "gold.json")
        submission_path = os.path.join(tmp, "submission.json")
        with open(gold_path, "w", encoding="utf-8") as handle:
            json.dump(gold_records, handle, ensure_ascii=False)
        with open(submission_path, "w", encoding="utf-8") as handle:
            json.dump(submission_rows(task, ids, decoded), handle, ensure_ascii=False)
        command = ["dotnet", "run", "--project", CLI_PROJECT, "-c", "Release", "--", "score", "--task", task,
                   "--gold", gold_path, "--submission", submission_path, "--json"]
        if candidates_path:
            command += ["--candidates", os.path.abspath(candidates_path)]
        completed = subprocess.run(command, capture_output=True, text=True, check=False)
        if completed.returncode != 0:
            raise RuntimeError(f"medrec score failed ({completed.returncode}): {completed.stdout}{completed.stderr}")
        document = json.loads(completed.stdout)
        return {CLI_KEYS.get(key, key): value for key, value in document["metrics"].items()}


def heldout_metrics(task, mode, gold_records, ids, gold, decoded, candidates_path):
    """mode: auto (the CLI when present), cli, python. Returns (metrics, scorer name)."""
    python = python_metrics(task, gold, decoded)
    if mode == "cli" or (mode == "auto" and cli_available()):
        official = cli_metrics(task, gold_records, ids, decoded, candidates_path)
        # The tuning used the Python metrics; a disagreement would mean the thresholds were tuned on a wrong score.
        for key, value in python.items():
            if key in official and abs(official[key] - value) > 1e-9:
                print(f"warning: {key} is {official[key]} by medrec score but {value} by the trainer's metrics",
                      file=sys.stderr)
        return official, "medrec score"
    return python, "python (docs/scoring-rules.md)"
