#!/usr/bin/env bash
# Several portal processes acting as one, on this machine: PostgreSQL (tests/scripts/postgres.sh), redis-server and
# nginx (Debian packages, tests/scripts/install-test-deps.sh), and on loopback 2 web instances + 2 scoring worker
# processes of the real portal binary. Logs in through web A and uses the cookie on web B, uploads 240 files through
# the API spread over A, B and nginx, kill -9s a scoring worker halfway and restarts it, watches the board's live event
# stream on B, and ends with one line:
#   scale-out: web W, workers K, accepted A, scored once S, lost L, duplicated D, worker kills X, live on other instance p95 P ms, session moved ok|fail
# Exit status 1 when a goal is missed (lost 0, duplicated 0, S = A, P < 1000 ms, session moved ok).
#
#   bash tests/scripts/scale-out.sh [--clients 40] [--per-client 6] [--records 300] [--loops 2]
set -euo pipefail
cd "$(dirname "$0")/../.."
bash tests/scripts/install-test-deps.sh
eval "$(bash tests/scripts/postgres.sh)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Builds the portal too (a project reference); a no-op after ./test.sh's solution build.
dotnet build tests/MedRec.Portal.Benchmarks -c Release --nologo -v quiet
dotnet tests/MedRec.Portal.Benchmarks/bin/Release/net10.0/MedRec.Portal.Benchmarks.dll scale-out "$@"
