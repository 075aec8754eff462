#!/usr/bin/env bash
# A throwaway PostgreSQL server for the benchmark (the tests use tests/PgTestServer.h, the
# same recipe): `start DIR` runs initdb in DIR and starts the server on a Unix socket in
# DIR/socket, printing the store URL of a fresh database; `stop DIR` stops it. As root the
# server runs as the unprivileged system user gatehouse-pg (PostgreSQL refuses root).
set -euo pipefail
cmd="$1"; dir="$2"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -x "$bin/initdb" ] || { echo "no PostgreSQL server binaries" >&2; exit 2; }
as_server() {
  if [ "$(id -u)" = 0 ]; then runuser -u gatehouse-pg -- "$@"; else "$@"; fi
}
case "$cmd" in
  start)
    mkdir -p "$dir/socket"
    if [ "$(id -u)" = 0 ]; then
      id -u gatehouse-pg > /dev/null 2>&1 ||
        useradd --system --no-create-home --shell /usr/sbin/nologin gatehouse-pg
      chown -R gatehouse-pg "$dir"
    fi
    (cd "$dir" && as_server "$bin/initdb" -D "$dir/data" -A trust -U gatehouse --no-sync -E UTF8 > "$dir/initdb.log")
    (cd "$dir" && as_server "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-k $dir/socket -c listen_addresses=''" start > /dev/null)
    (cd "$dir" && as_server "$bin/createdb" -h "$dir/socket" -U gatehouse history)
    echo "postgresql://gatehouse@/history?host=$dir/socket"
    ;;
  stop)
    (cd "$dir" && as_server "$bin/pg_ctl" -D "$dir/data" -m fast -w stop > /dev/null)
    ;;
esac
