#!/usr/bin/env bash
# Writes the idempotent SQL Server migration script (every migration, each guarded by __EFMigrationsHistory)
# to artifacts/sql/sqlserver-migrations.sql, or to the path given as the first argument. No SQL Server needed:
# the script is generated from the migrations assembly. Apply it with sqlcmd or any SQL Server client; running
# it twice is harmless.
set -euo pipefail
cd "$(dirname "$0")/../.."
output="${1:-artifacts/sql/sqlserver-migrations.sql}"
mkdir -p "$(dirname "$output")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet tool restore >/dev/null
project=migrations/MedRec.Portal.Migrations.SqlServer
dotnet build "$project" -c Release --nologo -v quiet >/dev/null
dotnet ef migrations script --idempotent --no-build --configuration Release \
  --project "$project" --startup-project "$project" --output "$output" >/dev/null
echo "wrote $output ($(grep -c '^GO' "$output") batches)"
