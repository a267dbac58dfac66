#!/usr/bin/env bash
# Runs every test of the solution on a fresh machine: installs the system packages the tests need
# (tests/scripts/install-test-deps.sh), builds once, runs each test project, then the GPU build's test, and ends with one summary
# line "tests: N passed, N failed, N skipped", then runs tests/scripts/scale-out.sh (its own "scale-out: ..." line).
# Exit status is non-zero when anything fails.
set -euo pipefail
cd "$(dirname "$0")"

bash tests/scripts/install-test-deps.sh
# A real PostgreSQL server: the database, functional and browser suites run on it as well as on SQLite.
eval "$(bash tests/scripts/postgres.sh)"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
dotnet build MedRec.Portal.sln -c Release --nologo -v quiet
# SQL Server cannot run here: prove its migrations produce the idempotent deployment script.
bash tests/scripts/sqlserver-script.sh

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test MedRec.Portal.sln -c Release --no-build --nologo "$@" 2>&1 | tee "$log" || status=$?
# The GPU build (decision 014): Microsoft.ML.OnnxRuntime.Gpu restores and builds into its own obj/gpu and bin/gpu
# (only the projects this test needs, ~330 MB of CUDA natives once), and its test runs the demo models on this
# GPU-less machine: CUDA requested, the fallback to the CPU logged, the CPU build's outputs.
{ dotnet build tests/MedRec.Portal.GpuBuild.Tests -c Release -r linux-x64 -p:OnnxGpu=true --nologo -v quiet \
  && dotnet test tests/MedRec.Portal.GpuBuild.Tests -c Release -r linux-x64 -p:OnnxGpu=true --no-build --nologo "$@"; } 2>&1 \
  | tee -a "$log" || status=$?

# One closing line over all test assemblies (dotnet test prints one summary per assembly).
awk '
  /(Passed|Failed)! +- +Failed:/ {
    for (i = 1; i <= NF; i++) {
      gsub(",", "", $(i + 1))
      if ($i == "Failed:")  failed  += $(i + 1)
      if ($i == "Passed:")  passed  += $(i + 1)
      if ($i == "Skipped:") skipped += $(i + 1)
    }
  }
  END { printf "tests: %d passed, %d failed, %d skipped\n", passed, failed, skipped }
' "$log"

# Two web instances and two scoring worker processes on PostgreSQL + Redis behind nginx (a few minutes on 2 cores).
bash tests/scripts/scale-out.sh || status=$?
exit "$status"
