#!/usr/bin/env bash
# Regenerates the committed demo baseline models from the synthetic demo data (seed 2025, 1200 training records
# per task): src/MedRec.Portal.Infrastructure/Baseline/DemoModels/{cdrugred,icd}. About 10 minutes per model on
# 2 CPU cores. Needs tools/baseline/install-deps.sh and the .NET SDK.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dest=src/MedRec.Portal.Infrastructure/Baseline/DemoModels

dotnet run tools/baseline/generate-demo-data.cs -- "$work/data" 1200 200 2025
/usr/bin/python3 tools/baseline/train.py --task icd --train "$work/data/icd/train.json" \
    --out "$dest/icd" --epochs 8 --max-length 768 --name icd-demo-char-cnn "$@"
/usr/bin/python3 tools/baseline/train.py --task cdrugred --train "$work/data/cdrugred/train.jsonl" \
    --labels "$work/data/cdrugred/candidates.json" \
    --out "$dest/cdrugred" --epochs 8 --max-length 768 --name cdrugred-demo-char-cnn "$@"
