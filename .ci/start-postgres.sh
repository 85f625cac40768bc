#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster (Debian's server binaries) on a free port of 127.0.0.1 and prints its URL
# on the last line; `stop <dir>` stops it. initdb and postgres refuse to run as root, so root runs them as the
# package's `postgres` user (or `nobody` where there is none). Exit 3: no server binary on this machine.
set -euo pipefail

pg_bin() {
  { ls -d /usr/lib/postgresql/*/bin 2>/dev/null || true; } | sort -V | tail -1
}

owner() {
  if id -u postgres >/dev/null 2>&1; then echo postgres; else echo nobody; fi
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u "$(owner)" -- "$@"; else "$@"; fi
}

if [ "${1:-}" = stop ]; then
  BIN=$(pg_bin)
  as_owner "$BIN/pg_ctl" -D "$2/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$2"
  exit 0
fi

BIN=$(pg_bin)
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
  echo "no PostgreSQL server binary (install Debian's postgresql package)" >&2
  exit 3
fi
DIR=$(mktemp -d /tmp/backprop-tutor-postgres.XXXXXX)
chmod 755 "$DIR"
if [ "$(id -u)" = 0 ]; then chown "$(owner)" "$DIR"; fi
PORT=$(node -e "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
as_owner "$BIN/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 --no-sync >"$DIR/initdb.log" 2>&1
as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w \
  -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
echo "$DIR"
echo "postgres://postgres@127.0.0.1:$PORT/postgres"
