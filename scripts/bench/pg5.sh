#!/usr/bin/env bash
# Starts or stops PostGraphile 5 on the benchmarked database (LVZHI_DB_NAME, default lvzhi), port BENCH_PG5_PORT
# (default 5005). It runs as the database owner, like the migrations, since it needs no grants of its own to read.
# Usage: scripts/bench/pg5.sh start | stop
set -euo pipefail
source "$(dirname "$0")/lib.sh"
DIR="$BENCH_TOOLS/pg5"
PID_FILE="$BENCH_TOOLS/pg5-$PG5_PORT.pid"

running() { [ -f "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null; }

start() {
  running && { echo "PostGraphile already running (pid $(cat "$PID_FILE"))" >&2; return; }
  [ -z "$(listener_pid "$PG5_PORT")" ] || { echo "port $PG5_PORT is taken; set BENCH_PG5_PORT" >&2; exit 1; }
  "$BENCH/install.sh" node; "$BENCH/install.sh" pg5
  cp "$BENCH/pg5/graphile.config.mjs" "$DIR/graphile.config.mjs"
  cd "$DIR"
  DATABASE_URL="postgres://$DB_USER:$DB_PASSWORD@$PG_HOST:$PG_PORT/$DB" PORT="$PG5_PORT" PG_POOL_MAX="${BENCH_PG5_POOL:-10}" \
    GRAPHILE_ENV=production NODE_ENV=production \
    setsid "$NODE" node_modules/postgraphile/dist/cli-run.js -C graphile.config.mjs > "$DIR/pg5.log" 2>&1 < /dev/null &
  echo $! > "$PID_FILE"
  for _ in $(seq 1 60); do
    if curl -fs -o /dev/null -H 'Content-Type: application/json' -d '{"query":"{__typename}"}' "$PG5_URL"; then
      echo "PostGraphile on $PG5_URL (database $DB)" >&2; return; fi
    running || break
    sleep 1
  done
  echo "PostGraphile did not start; see $DIR/pg5.log" >&2; tail -20 "$DIR/pg5.log" >&2; exit 1
}

stop() {
  if running; then kill "$(cat "$PID_FILE")"; echo "PostGraphile stopped" >&2; fi
  rm -f "$PID_FILE"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
