#!/usr/bin/env bash
# Regenerates the committed demo baseline models from the synthetic demo data (seed 2025, 1,200 training records
# per task): src/MedRec.Portal.Infrastructure/Baseline/DemoModels/{cdrugred,icd}. Several minutes per model on
# 2 CPU cores. Needs tools/baseline/install-deps.sh and the .NET SDK (for `medrec demo-data` and `medrec score`).
# Extra arguments go to the CDrugRed train.py (e.g. --threads 1). `--icd-only` regenerates only the ICD model.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dest=src/MedRec.Portal.Infrastructure/Baseline/DemoModels
medrec=(dotnet run --project src/MedRec.Portal.Cli -c Release --)

for task in cdrugred icd; do
  "${medrec[@]}" demo-data --task "$task" --out "$work/$task" --records 200 --train-records 1200 --seed 2025
done
# ICD: the linear baseline (train_linear.py, the same model as on the real data), 2-fold CV metrics in its manifest;
# 4,000 n-grams per block keep the committed graph small.
/usr/bin/python3 tools/baseline/train_linear.py --task icd --train "$work/icd/train.json" \
    --out "$dest/icd" --folds 2 --max-features 4000 --name icd-demo-tfidf-logreg
if [ "${1:-}" = "--icd-only" ]; then exit 0; fi
/usr/bin/python3 tools/baseline/train.py --task cdrugred --train "$work/cdrugred/train.jsonl" \
    --labels "$work/cdrugred/candidates.json" \
    --out "$dest/cdrugred" --epochs 8 --max-length 768 --name cdrugred-demo-char-cnn "$@"
