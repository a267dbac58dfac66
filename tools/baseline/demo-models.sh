#!/usr/bin/env bash
# Regenerates the committed demo baseline models from the synthetic demo data (seed 2025, 1,200 training records
# per task): src/MedRec.Portal.Infrastructure/Baseline/DemoModels/{cdrugred,icd}. Several minutes per model on
# 2 CPU cores. Needs tools/baseline/install-deps.sh and the .NET SDK (for `medrec demo-data` and `medrec score`).
# Extra arguments go to train.py (e.g. --threads 1).
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dest=src/MedRec.Portal.Infrastructure/Baseline/DemoModels
medrec=(dotnet run --project src/MedRec.Portal.Cli -c Release --)

for task in cdrugred icd; do
  "${medrec[@]}" demo-data --task "$task" --out "$work/$task" --records 200 --train-records 1200 --seed 2025
done
/usr/bin/python3 tools/baseline/train.py --task icd --train "$work/icd/train.json" \
    --out "$dest/icd" --epochs 8 --max-length 768 --name icd-demo-char-cnn "$@"
/usr/bin/python3 tools/baseline/train.py --task cdrugred --train "$work/cdrugred/train.jsonl" \
    --labels "$work/cdrugred/candidates.json" \
    --out "$dest/cdrugred" --epochs 8 --max-length 768 --name cdrugred-demo-char-cnn "$@"
