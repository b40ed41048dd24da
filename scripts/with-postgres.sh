#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL server on 127.0.0.1, then stops and removes it.
#
# Used by `make test` to prove the suite on PostgreSQL as well as SQLite. The server lives in a
# temporary directory and listens on a free port, so it never touches a PostgreSQL you already
# run. Without PostgreSQL installed it skips with a message, except under CI, where it fails.
set -euo pipefail

bindir=""
for dir in "$(pg_config --bindir 2>/dev/null || true)" $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
  if [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then bindir=$dir; break; fi
done
if [ -z "$bindir" ]; then
  if [ -n "${CI:-}" ]; then
    echo "with-postgres: PostgreSQL server binaries not found, and CI must run the PostgreSQL suite." >&2
    exit 1
  fi
  echo "with-postgres: PostgreSQL is not installed; skipping the PostgreSQL run (apt-get install postgresql)." >&2
  exit 0
fi

datadir=$(mktemp -d /tmp/newsmap-pg.XXXXXX)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
as_pg=()
if [ "$(id -u)" = 0 ]; then
  # PostgreSQL refuses to run as root; Debian's package creates the postgres user.
  chown postgres "$datadir"
  as_pg=(runuser -u postgres --)
fi
cleanup() {
  "${as_pg[@]}" "$bindir/pg_ctl" -D "$datadir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$datadir"
}
trap cleanup EXIT

"${as_pg[@]}" "$bindir/initdb" -D "$datadir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${as_pg[@]}" "$bindir/pg_ctl" -D "$datadir/data" -l "$datadir/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -c port=$port -k $datadir -c fsync=off -c max_connections=100" start >/dev/null
echo "with-postgres: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"

export DATABASE_URL="postgres://postgres@127.0.0.1:$port/newsmap"
"$@"
