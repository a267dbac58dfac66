#!/usr/bin/env bash
# Adds one EF Core migration, generated from the current model, to every provider (Sqlite, SqlServer, Postgres).
# Every model change needs this in the same commit: MigrationDriftTests fails otherwise.
#
#   bash migrations/add-migration.sh NameOfTheChange
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: migrations/add-migration.sh NameOfTheChange}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet tool restore >/dev/null
for provider in Sqlite SqlServer Postgres; do
  project="migrations/MedRec.Portal.Migrations.$provider"
  echo "add-migration: $provider"
  dotnet ef migrations add "$name" --project "$project" --startup-project "$project" --output-dir Migrations >/dev/null
done
echo "add-migration: added $name to Sqlite, SqlServer and Postgres"
