#!/usr/bin/env bash
# Regenerates the committed demo baseline models from the synthetic demo data (seed 2025, 1,200 training records
# per task): src/MedRec.Portal.Infrastructure/Baseline/DemoModels/{cdrugred,icd}. Several minutes per model on
# 2 CPU cores. Needs tools/baseline/install-deps.sh and the .NET SDK (for `medrec demo-data` and `medrec score`).
# Extra arguments go to train.py, the CDrugRed character CNN (e.g. --threads 1).
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dest=src/MedRec.Portal.Infrastructure/Baseline/DemoModels
medrec=(dotnet run --project src/MedRec.Portal.Cli -c Release --)

for task in cdrugred icd; do
  "${medrec[@]}" demo-data --task "$task" --out "$work/$task" --records 200 --train-records 1200 --seed 2025
done
# ICD: the linear TF-IDF graph (train_linear.py), so the parity tests check it on every build; 3,000 n-grams per
# block keep the graph at about 1.5 MB; 5-fold CV metrics go into the manifest.
/usr/bin/python3 tools/baseline/train_linear.py --task icd --train "$work/icd/train.json" --folds 5 \
    --max-features 3000 --max-length 1536 --name icd-demo-tfidf-logreg --out "$dest/icd"
/usr/bin/python3 tools/baseline/train.py --task cdrugred --train "$work/cdrugred/train.jsonl" \
    --labels "$work/cdrugred/candidates.json" \
    --out "$dest/cdrugred" --epochs 8 --max-length 768 --name cdrugred-demo-char-cnn "$@"
