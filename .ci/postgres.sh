#!/usr/bin/env bash
# A throwaway PostgreSQL for the tests: a fresh data folder, a free loopback port, nothing kept.
# Usage: source .ci/postgres.sh && start_postgres   → sets PG_PID, PG_DIR, TEST_DATABASE_URL
#        stop_postgres                              → stops it by its PID and removes the folder
# NOTE: PostgreSQL refuses to run as root; as root it runs as Debian's "postgres" user.

pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$dir" ] && echo "$dir"
}

as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_postgres() {
  local bin port
  bin=$(pg_bin) || { echo "PostgreSQL is not installed" >&2; return 1; }
  PG_DIR=$(mktemp -d /tmp/usine-pg.XXXXXX)
  [ "$(id -u)" = 0 ] && chown postgres "$PG_DIR"
  port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
  as_pg "$bin/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 >"$PG_DIR/initdb.log" 2>&1 || {
    cat "$PG_DIR/initdb.log" >&2; return 1; }
  as_pg "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
    -o "-p $port -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null || {
    cat "$PG_DIR/server.log" >&2; return 1; }
  PG_PID=$(head -n 1 "$PG_DIR/data/postmaster.pid")
  export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
}

stop_postgres() {
  [ -n "${PG_PID:-}" ] && kill -INT "$PG_PID" 2>/dev/null
  for _ in $(seq 50); do kill -0 "${PG_PID:-0}" 2>/dev/null || break; sleep 0.1; done
  [ -n "${PG_DIR:-}" ] && rm -rf "$PG_DIR"
}
