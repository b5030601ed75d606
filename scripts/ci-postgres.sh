#!/usr/bin/env bash
# Installs (if needed) and starts Debian's PostgreSQL on 127.0.0.1, creates a role and a
# database for the tests, and prints the connection URL on stdout (everything else on stderr).
#   usage: export TEST_DATABASE_URL="$(scripts/ci-postgres.sh)"
# Env: PGPORT (default 5433), PGTEST_DB (default chambers_test), PGTEST_USER (default chambers).
set -euo pipefail
PORT="${PGPORT:-5433}"
DB="${PGTEST_DB:-chambers_test}"
ROLE="${PGTEST_USER:-chambers}"
PASS="${PGTEST_PASSWORD:-chambers}"
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"

if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  $SUDO apt-get update >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends postgresql >&2
fi
BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
DATA="${PGTEST_DATA:-/tmp/chambers-pg-$PORT}"
as_pg() { if [ "$(id -un)" = postgres ]; then "$@"; else $SUDO su postgres -s /bin/bash -c "$(printf '%q ' "$@")"; fi; }

if [ ! -f "$DATA/PG_VERSION" ]; then
  $SUDO mkdir -p "$DATA"; $SUDO chown postgres:postgres "$DATA"
  PWFILE="$(mktemp)"; echo postgres > "$PWFILE"; $SUDO chown postgres "$PWFILE"
  as_pg "$BIN/initdb" -D "$DATA" -A scram-sha-256 -U postgres --pwfile="$PWFILE" >&2
  rm -f "$PWFILE"
fi
if ! as_pg "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
  as_pg "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k /tmp -c fsync=off -c synchronous_commit=off" start >&2
fi
export PGPASSWORD=postgres
PSQL=("$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -qtA)
if [ "$("${PSQL[@]}" -c "select 1 from pg_roles where rolname='$ROLE'")" != 1 ]; then
  "${PSQL[@]}" -c "create role $ROLE login createdb password '$PASS'" >&2
fi
"${PSQL[@]}" -c "alter role $ROLE createdb" >&2   # tests create one database per test file
if [ "$("${PSQL[@]}" -c "select 1 from pg_database where datname='$DB'")" != 1 ]; then
  "${PSQL[@]}" -c "create database $DB owner $ROLE" >&2
fi
echo "postgres://$ROLE:$PASS@127.0.0.1:$PORT/$DB"
