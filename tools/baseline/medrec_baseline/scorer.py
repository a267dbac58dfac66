"""Held-out metrics: by the portal's own scorer (`medrec score`, the Scoring library) when it can run, otherwise
by the Python implementation of docs/scoring.md used for tuning."""
import json
import os
import subprocess
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


def cli_available():
    return os.path.isfile(os.path.join(CLI_PROJECT, "MedRec.Portal.Cli.csproj")) and _has_score_command()


def _has_score_command():
    for root, _, files in os.walk(CLI_PROJECT):
        if "/bin" in root or "/obj" in root:
            continue
        for name in files:
            if name.endswith(".cs"):
                with open(os.path.join(root, name), encoding="utf-8") as handle:
                    if '"score"' in handle.read():
                        return True
    return False


def cli_metrics(task, gold_records, ids, decoded, candidates_path):
    """Runs `dotnet run --project src/MedRec.Portal.Cli -- score --task T --gold G --submission S [--labels L] --json`."""
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
            command += ["--candidates", candidates_path]
        completed = subprocess.run(command, capture_output=True, text=True, check=False)
        if completed.returncode != 0:
            raise RuntimeError(f"medrec score failed ({completed.returncode}): {completed.stderr or completed.stdout}")
        return json.loads(completed.stdout)


def heldout_metrics(task, mode, gold_records, ids, gold, decoded, candidates_path):
    """mode: auto (the CLI when present), cli, python. Returns (metrics, scorer name)."""
    if mode == "cli" or (mode == "auto" and cli_available()):
        return cli_metrics(task, gold_records, ids, decoded, candidates_path), "medrec score"
    return python_metrics(task, gold, decoded), "python (docs/scoring.md)"
