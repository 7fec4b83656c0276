#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 cluster for the store and server tests (idempotent) and prints
# its URL: RAKSA_TEST_DATABASE_URL="$(packages/store/scripts/start-test-postgres.sh)" npm test
set -euo pipefail

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
PG_DATA="${PG_TEST_DATA:-/tmp/pgtest}"
PG_PORT="${PG_TEST_PORT:-55433}"
URL="postgres://postgres@127.0.0.1:${PG_PORT}/postgres"

as_postgres() {
  if [ "$(id -un)" = "postgres" ]; then "$@"; else runuser -u postgres -- "$@"; fi
}

if [ ! -x "$PG_BIN/initdb" ]; then
  echo "PostgreSQL 15 is not installed in $PG_BIN (apt-get install postgresql-15)" >&2
  exit 1
fi

if [ ! -f "$PG_DATA/PG_VERSION" ]; then
  mkdir -p "$PG_DATA"
  chown postgres:postgres "$PG_DATA" 2>/dev/null || true
  as_postgres "$PG_BIN/initdb" -D "$PG_DATA" -A trust -U postgres >/dev/null
fi

# Up to five minutes: a cluster left behind by a killed run first syncs and recovers its data.
if ! as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; then
  as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/server.log" \
    -o "-p $PG_PORT -k /tmp -c listen_addresses=127.0.0.1" -w -t 300 start >/dev/null
fi

echo "$URL"
