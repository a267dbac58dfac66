#!/usr/bin/env bash
# Starts a local PostgreSQL for the database tests and prints the connection string they read.
#
#   eval "$(tests/scripts/postgres.sh)"      # exports MEDREC_TEST_POSTGRES in the current shell
#   dotnet test tests/MedRec.Portal.Infrastructure.Tests
#
# Installs Debian's postgresql when absent, starts the default cluster with pg_ctlcluster (no systemd needed),
# creates a login role allowed to create databases (each test creates and drops its own database), and ends by
# printing `export MEDREC_TEST_POSTGRES=...`. Idempotent: a second run only checks and prints (well under a second).
# Progress goes to stderr so that stdout stays evaluable.
set -euo pipefail

role="${MEDREC_PG_ROLE:-medrec_test}"
password="${MEDREC_PG_PASSWORD:-medrec_test}"
port="${MEDREC_PG_PORT:-5432}"

log() { echo "postgres.sh: $*" >&2; }

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  log "installing postgresql (Debian package)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi

version="$(pg_lsclusters --no-header 2>/dev/null | awk 'NR==1 {print $1}')"
cluster="$(pg_lsclusters --no-header 2>/dev/null | awk 'NR==1 {print $2}')"
if [ -z "$version" ]; then
  version="$(ls /usr/lib/postgresql | sort -V | tail -1)"
  cluster=main
  log "creating cluster $version/$cluster"
  pg_createcluster "$version" "$cluster" >&2
fi

status="$(pg_lsclusters --no-header | awk -v v="$version" -v c="$cluster" '$1==v && $2==c {print $4}')"
if [ "$status" != "online" ]; then
  log "starting cluster $version/$cluster"
  pg_ctlcluster "$version" "$cluster" start >&2
fi

# Wait until the server accepts connections (a fresh start takes a moment).
for _ in $(seq 1 50); do
  if su postgres -c "pg_isready -q -p $port" 2>/dev/null; then break; fi
  sleep 0.2
done

as_postgres() { su postgres -c "psql -p $port -v ON_ERROR_STOP=1 -qtAc \"$1\""; }

# The suites run in parallel, each test with its own database and connection pool (the API race test alone opens
# twenty-odd): Debian's default of 100 connections runs out. Raising it needs a restart, done once.
wanted_connections=400
if [ "$(as_postgres "SHOW max_connections")" -lt "$wanted_connections" ]; then
  log "raising max_connections to $wanted_connections (restart)"
  as_postgres "ALTER SYSTEM SET max_connections = $wanted_connections"
  pg_ctlcluster "$version" "$cluster" restart >&2
  for _ in $(seq 1 50); do
    if su postgres -c "pg_isready -q -p $port" 2>/dev/null; then break; fi
    sleep 0.2
  done
fi
if [ "$(as_postgres "SELECT 1 FROM pg_roles WHERE rolname = '$role'")" != "1" ]; then
  log "creating role $role"
  as_postgres "CREATE ROLE $role LOGIN CREATEDB PASSWORD '$password'"
fi
# Dropping a test database ends its leftover connections (pg_terminate_backend), which needs this grant.
as_postgres "GRANT pg_signal_backend TO $role"
if [ "$(as_postgres "SELECT 1 FROM pg_database WHERE datname = '$role'")" != "1" ]; then
  as_postgres "CREATE DATABASE $role OWNER $role"
fi

echo "export MEDREC_TEST_POSTGRES='Host=localhost;Port=$port;Database=$role;Username=$role;Password=$password'"
