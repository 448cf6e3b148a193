#!/usr/bin/env bash
# The footprint step of `make bench` (issue 15, item 5): how long the backend takes to become ready on the product's
# database (already migrated, demo data present), how long its first request takes, and its peak RSS under the read
# load. It never restarts the product bench.sh measures: it starts a second instance of the same build on other ports
# (BENCH_FOOTPRINT_HTTP_PORT / _MANAGEMENT_PORT, default the product's + 50; replicas take + 10, + 20, …) with the
# same database, the same JVM, options and class cache the product starts with (scripts/java.sh, as scripts/stack.sh),
# BENCH_STARTS times:
#   ready     start of the JVM → /q/health/ready answers 200 (polled every 50 ms), median of the starts;
#   first     the first GraphQL request after ready (q1 as lingdao, the token fetched beforehand), median;
#   phases    of each start: the CPU the process spent up to ready (core-seconds, all threads; the JIT compiler
#             threads' share apart) — on this shared 2-core machine the CPU says more than the wall clock — and what
#             the log says: Quarkus' own "started in", Flyway's validation (or the check that left it out), the
#             demo-data checks, the warm-up's
#             requests before readiness (StartupWarmUp);
#   peak RSS  on the last start: closed-loop reads of BENCH_QUERIES at c=16 (wrk, graphql.lua, BENCH_SECONDS each,
#             after a BENCH_WARM warm-up) while VmRSS is sampled every 200 ms; VmHWM of the process at the end.
# Usage: startup.sh OUT [BODIES]   → OUT/footprint.csv (one line per start), OUT/footprint.txt (the table's rows)
# Knobs: BENCH_STARTS=3, BENCH_QUERIES, BENCH_SECONDS, BENCH_WARM (bench.sh's), BENCH_FOOTPRINT_LOAD=1 (0: no load).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
OUT=$(mkdir -p "$1" && cd "$1" && pwd) BODIES=$(cd "${2:-$BENCH/queries}" && pwd)
APP="$ROOT/backend/target/quarkus-app"
[ -f "$APP/quarkus-run.jar" ] || { echo "backend not built: run make build" >&2; exit 1; }
# run as stack.sh runs it: from the jar's folder (the class cache names the jar relative to it), same JVM and options
source "$ROOT/scripts/java.sh"
JAVA=$(lvzhi_java "$APP")
JAVA_OPTS=$(lvzhi_java_opts "$JAVA" "$APP")
HTTP="${BENCH_FOOTPRINT_HTTP_PORT:-$((LVZHI_HTTP_PORT + 50))}"
MGMT="${BENCH_FOOTPRINT_MANAGEMENT_PORT:-$((LVZHI_MANAGEMENT_PORT + 50))}"
STARTS="${BENCH_STARTS:-3}" SECONDS_EACH="${BENCH_SECONDS:-12}" WARM="${BENCH_WARM:-10}"
QUERIES="${BENCH_QUERIES:-q1 q1dept q2 q3}"
URL="http://127.0.0.1:$HTTP/graphql"
for p in "$HTTP" "$MGMT"; do
  [ -z "$(listener_pid "$p")" ] || { echo "port $p is taken: set BENCH_FOOTPRINT_HTTP_PORT/_MANAGEMENT_PORT" >&2; exit 1; }
done
WORK=$(mktemp -d "$OUT/footprint.XXXX")
PID=""
stop() {
  [ -n "$PID" ] || return 0
  kill -TERM "$PID" 2>/dev/null || true
  for _ in $(seq 1 300); do kill -0 "$PID" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$PID" 2>/dev/null || true
  wait "$PID" 2>/dev/null || true
  PID=""
}
trap 'stop; rm -rf "$WORK"' EXIT
now_ms() { date +%s%3N; }

start() {  # → sets PID and READY_MS; the log goes to OUT/footprint-<n>.log
  local t0; t0=$(now_ms)
  # the product's own settings, its per-caller limits out of reach (as bench.sh requires), checkpoints kept apart
  ( export LVZHI_HTTP_PORT=$HTTP LVZHI_MANAGEMENT_PORT=$MGMT LVZHI_DB_NAME=$DB HOSTNAME=footprint \
      LVZHI_GRAPHQL_CALLER_MAX_CONCURRENT=100000 LVZHI_GRAPHQL_CALLER_BUDGET=1000000000000 \
      LVZHI_AUDIT_CHECKPOINT_KEY="${LVZHI_AUDIT_CHECKPOINT_KEY:-footprint-benchmark-only-$(head -c 24 /dev/urandom | base64 | tr -d '/+=')}" \
      LVZHI_AUDIT_CHECKPOINT_DIR="$WORK/checkpoints"
    cd "$APP" && exec "$JAVA" $JAVA_OPTS -jar quarkus-run.jar ) > "$OUT/footprint-$1.log" 2>&1 < /dev/null &
  PID=$!
  until curl -fs -o /dev/null -m 2 "http://127.0.0.1:$MGMT/q/health/ready"; do
    kill -0 "$PID" 2>/dev/null || { echo "the second instance exited; see $OUT/footprint-$1.log" >&2; exit 1; }
    [ $(($(now_ms) - t0)) -lt 300000 ] || { echo "not ready in 300 s; see $OUT/footprint-$1.log" >&2; exit 1; }
    sleep 0.05
  done
  READY_MS=$(($(now_ms) - t0))
  # CPU up to ready: the whole process, and the JIT compiler threads (C1, C2) of it, in core-seconds
  READY_CPU=$(cpu_s "/proc/$PID/stat") READY_JIT=$(cpu_s /proc/$PID/task/*/stat)
}
# core-seconds of user + system time of the given stat files; several files: only the compiler threads' among them
cpu_s() {
  if [ $# = 1 ]; then awk -v hz="$HZ" '{printf "%.2f", ($14 + $15) / hz}' "$1"
  else cat "$@" 2>/dev/null | awk -v hz="$HZ" '/\(C[12] CompilerThre\)/ {sub(/^.*\) /, ""); t += $12 + $13} END {printf "%.2f", t / hz}'; fi
}
# what the log of a start says (second resolution at best): Quarkus' "started in", Flyway's validation, the demo checks,
# the warm-up
log_phases() {
  local started flyway demo warm
  started=$(sed -n 's/.* started in \([0-9.]*\)s\..*/\1/p' "$1" | head -1)
  # Flyway's validation, or the check that let a start leave it out (common/SchemaMigrations)
  flyway=$(sed -n 's/.*Successfully validated .* (execution time \([0-9:.]*\)s).*/\1/p' "$1" | head -1 | awk -F: '{printf "%d", ($1 * 60 + $2) * 1000}')
  [ -n "$flyway" ] || flyway=$(sed -n 's/.*migrations (checked in \([0-9]*\) ms): Flyway not needed.*/\1/p' "$1" | head -1)
  demo=$(sed -n 's/.*demo data in place in \([0-9]*\) ms.*/\1/p' "$1" | head -1)
  warm=$(sed -n 's/.*start-up warm-up: [0-9]* requests in \([0-9]*\) ms.*/\1/p' "$1" | head -1)
  echo "${started:-?},${flyway:-?},${demo:-?},${warm:-?}"
}

rss_kb() { awk -v k="$1:" '$1 == k {print $2}' "/proc/$PID/status"; }

TOKEN=$(token lingdao)
echo "start,ready_ms,first_ms,first_status,idle_rss_kb,ready_cpu_s,ready_jit_cpu_s,quarkus_started_s,flyway_validate_ms,demo_checks_ms,warm_up_ms" > "$OUT/footprint.csv"
for n in $(seq "$STARTS"); do
  start "$n"
  first=$(curl -s -o "$WORK/first.json" -m 30 -w '%{http_code} %{time_total}' -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' --data @"$BODIES/lvzhi/q1.json" "$URL")
  grep -q '"errors"' "$WORK/first.json" && first="500 ${first#* }"  # an answer with errors is no first request
  echo "$n,$READY_MS,$(awk '{printf "%d", $2 * 1000}' <<<"$first"),${first% *},$(rss_kb VmRSS),$READY_CPU,$READY_JIT,$(log_phases "$OUT/footprint-$n.log")" \
    | tee -a "$OUT/footprint.csv" >&2
  [ "$n" = "$STARTS" ] || stop
done

peak=0 hwm=0 load=""
if [ "${BENCH_FOOTPRINT_LOAD:-1}" = 1 ]; then
  ( while kill -0 "$PID" 2>/dev/null; do rss_kb VmRSS; sleep 0.2; done ) > "$WORK/rss" 2>/dev/null &
  sampler=$!
  for q in $QUERIES; do
    user=lingdao; [ "$q" = q1dept ] && user=huanjing
    t=$(token "$user")
    [ "$WARM" -le 0 ] || echo "  footprint warm-up $q: $(TOKEN=$t wrk -t2 -c16 -d"$WARM"s --timeout 10s -s "$BENCH/graphql.lua" \
      "$URL" -- "$BODIES/lvzhi/$q.json" | grep '^RESULT')" >&2
    line=$(TOKEN=$t wrk -t2 -c16 -d"$SECONDS_EACH"s --timeout 10s -s "$BENCH/graphql.lua" "$URL" -- "$BODIES/lvzhi/$q.json" | grep '^RESULT')
    echo "  footprint load $q: $line" >&2
    load="$load $q $(sed -n 's/.* rps=\([0-9.]*\).*/\1/p' <<<"$line")/s"
  done
  hwm=$(rss_kb VmHWM)
  kill "$sampler" 2>/dev/null || true; wait "$sampler" 2>/dev/null || true
  peak=$(sort -n "$WORK/rss" | tail -1)
  peak=${peak:-0} hwm=${hwm:-0}
fi
stop

median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
column() { tail -n +2 "$OUT/footprint.csv" | cut -d, -f"$1" | median; }
ready=$(column 2) first=$(column 3)
bad=$(tail -n +2 "$OUT/footprint.csv" | awk -F, '$4 != 200' | wc -l)
verdict() { awk -v v="$1" -v t="$2" 'BEGIN {print (v <= t ? "met" : "NOT met")}'; }
{
  echo
  echo "Footprint: a second instance on database $DB (ports $HTTP/$MGMT), $JAVA (version $(lvzhi_java_version "$JAVA")) $JAVA_OPTS"
  echo "| measure | value | target | |"
  echo "|---|---|---|---|"
  echo "| ready after start (median of $STARTS) | $ready ms | ≤ 3000 ms | $(verdict "$ready" 3000) |"
  echo "| first request, q1 as lingdao (median; $bad failed) | $first ms | ≤ 200 ms | $(verdict "$first" 200)$([ "$bad" = 0 ] || echo ', with failures') |"
  echo "| phases up to ready (medians): CPU of the process / of it the JIT compilers; Quarkus' \"started in\"; Flyway validate (or the check leaving it out); demo checks; warm-up | $(column 6) / $(column 7) core-s; $(column 8) s; $(column 9) ms; $(column 10) ms; $(column 11) ms | | machine load $(cut -d' ' -f1-3 /proc/loadavg) |"
  if [ "${BENCH_FOOTPRINT_LOAD:-1}" = 1 ]; then
    echo "| peak RSS under reads at c=16 (sampled / VmHWM) | $((peak / 1024)) / $((hwm / 1024)) MB | ≤ 400 MB | $(verdict "$((hwm / 1024))" 400) |"
    echo "| throughput during that load |$load | the reads' | |"
  fi
} | tee "$OUT/footprint.txt"
