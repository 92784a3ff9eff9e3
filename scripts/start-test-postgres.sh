#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 server on loopback for the integration suite
# and prints its DATABASE_URL. The server binaries ship on the machine image.
# Like the embedded test server: no fsync, so the suite is not waiting on the disk
# (it was 241 s with fsync against 143 s on the embedded one); real concurrency all the same.
set -euo pipefail
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
# The first free port from 55432 on, so a developer's own server is left alone.
PORT=${PGPORT:-}
if [ -z "$PORT" ]; then
  for candidate in $(seq 55432 55532); do
    if ! (echo > "/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then PORT=$candidate; break; fi
  done
fi
DIR=${PGDATA_DIR:-$(mktemp -d /tmp/civic-pg-XXXXXX)}
if [ "$(id -u)" = "0" ]; then RUN="runuser -u postgres --"; chown postgres "$DIR"; else RUN=""; fi
$RUN "$PGBIN/initdb" -D "$DIR/data" -U civic --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
$RUN "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -c unix_socket_directories=$DIR -c max_connections=200 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
"$PGBIN/createdb" -h 127.0.0.1 -p "$PORT" -U civic civic_test
echo "postgres://civic@127.0.0.1:$PORT/civic_test"
