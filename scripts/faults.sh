#!/usr/bin/env bash
# The fault suite: nothing acknowledged is lost, and the service recovers by itself. Against the real stack:
#  1. phones report cases (reportCase, unique client keys, a failed report retried with the same key) while the
#     PostgreSQL postmaster is killed (kill -9) and restarted: every acknowledged report is in the database exactly
#     once, requests in flight fail with the retryable UNAVAILABLE (no hang, no 500), readiness is DOWN during the
#     outage, and the backend reconnects by itself; the recovery time is measured;
#  2. a negative control with synchronous_commit=off (WAL flushed every 10 s) and the whole cluster killed: the same
#     check must find acknowledged reports missing, or the check proves nothing and the suite fails;
#  3. Keycloak stopped under load: tokens already issued keep working (cached signing keys), forged tokens (a key id
#     never seen, a known key id signed by another key, alg none) get 401, readiness is DOWN; the backend restarted
#     while Keycloak is down serves nothing (it waits or answers 401/503); once Keycloak is back, a fresh login works.
# It kills and stops only the scripts' own PostgreSQL and Keycloak (scripts/ports.sh), never an existing one.
# Usage: scripts/faults.sh short   against the product scripts/test.sh started (LVZHI_DB_NAME), in about 3 minutes
#        scripts/faults.sh full    200 writers, longer phases; starts (and stops) what is not running
# FAULTS_KEEP=1 keeps the answers (ledgers, events) and prints where.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
source scripts/ports.sh
mode="${1:-full}"
case "$mode" in
  short) WRITERS=40; BEFORE_S=12; OUTAGE_S=3; AFTER_S=10; CONTROL_S=12; KC_WRITERS=10; KC_LOAD_S=14; PROBE_S=120 ;;
  full) WRITERS=200; BEFORE_S=30; OUTAGE_S=8; AFTER_S=30; CONTROL_S=30; KC_WRITERS=50; KC_LOAD_S=30; PROBE_S=180 ;;
  *) echo "usage: $0 short|full" >&2; exit 2 ;;
esac
# The writers all use one demo grid worker's token; a backend this script starts lets that one caller have them all
# in flight (in production each phone is its own caller, limited to a few requests at once). Against a backend already
# running, the per-caller limit answers RATE_LIMITED, which the phones retry and the report counts on its own.
export LVZHI_GRAPHQL_CALLER_MAX_CONCURRENT="${LVZHI_GRAPHQL_CALLER_MAX_CONCURRENT:-$((WRITERS + 16))}"
export LVZHI_GRAPHQL_CALLER_BUDGET="${LVZHI_GRAPHQL_CALLER_BUDGET:-100000000}"
if [ "$LVZHI_OWN_POSTGRES" != 1 ] || [ "$LVZHI_OWN_KEYCLOAK" != 1 ]; then
  echo "the fault suite kills PostgreSQL and stops Keycloak: it runs only with the scripts' own (unset LVZHI_DB_HOST_PORT, LVZHI_OIDC_URL)" >&2
  exit 2
fi
URL="http://localhost:$LVZHI_HTTP_PORT/graphql"
READY="http://localhost:$LVZHI_MANAGEMENT_PORT/q/health/ready"
PGDATA_DIR="$ROOT/.run/postgres"
RUN="$(date +%s)"
W="$(mktemp -d)"
started=()
failed=0

ms() { date +%s%3N; }
say() { printf '%s\n' "$*"; }
check() { # check DESCRIPTION COMMAND...: one PASS/FAIL line
  local what="$1"; shift
  if "$@"; then say "  PASS  $what"; else say "  FAIL  $what"; failed=$((failed + 1)); fi
}
psql_db() { scripts/postgres.sh psql -d "$DB" -At "$@"; }
reset_control() { # the durable settings back, whatever happened to the control phase
  scripts/postgres.sh psql -c "ALTER SYSTEM RESET synchronous_commit" -c "ALTER SYSTEM RESET wal_writer_delay" \
    -c "ALTER SYSTEM RESET wal_writer_flush_after" -c "SELECT pg_reload_conf()" >/dev/null
}
cleanup() {
  local rc=$?
  [ -n "${load_pid:-}" ] && kill "$load_pid" 2>/dev/null || true
  scripts/postgres.sh start >/dev/null 2>&1 && reset_control || true
  scripts/keycloak.sh start >/dev/null 2>&1 || true
  for s in "${started[@]:-}"; do
    case "$s" in backend) scripts/stack.sh backend-stop ;; postgres|keycloak) "scripts/$s.sh" stop ;; esac || true
  done
  if [ -n "${FAULTS_KEEP:-}" ]; then echo "answers kept in $W" >&2; else rm -rf "$W"; fi
  exit $rc
}
trap cleanup EXIT

token() { # a fresh grid worker (网格员) token from Keycloak into the file $1
  curl -fsS -m 20 "$LVZHI_KC_URL/realms/lvzhi/protocol/openid-connect/token" -d grant_type=password \
    -d client_id=lvzhi-cli -d username=wanggeyuan -d password="${LVZHI_DEMO_PASSWORD:-lvzhi2026}" \
    | node -e 'process.stdout.write(JSON.parse(require("fs").readFileSync(0, "utf8")).access_token)' > "$1"
}
status_with() { # HTTP status of an authenticated request with token $1 (000: no answer within $2 s, default 10)
  curl -s -o /dev/null -w '%{http_code}' -m "${2:-10}" -H "Authorization: Bearer $1" -H 'Content-Type: application/json' \
    -d '{"query":"{ __typename }"}' "$URL" || true
}
ready_status() { curl -s -o /dev/null -w '%{http_code}' -m 30 "$READY" || true; }
backend_ready() { curl -fs -o /dev/null -m 5 "$READY"; }
wait_ready() { for _ in $(seq 1 "$1"); do backend_ready && return; sleep 1; done; return 1; }

# load LABEL WRITERS SECONDS: starts the phones in the background; their answers land in $W/LABEL/; they stop after
# SECONDS or at load_stop, whichever comes first
load() {
  mkdir -p "$W/$1"
  node scripts/faults.mjs load "$URL" "$W/token" "$RUN-$1" "$2" "$3" "$W/$1" "$W/$1/stop" > "$W/$1/summary.json" &
  load_pid=$!; load_label="$1"
}
load_stop() { touch "$W/$load_label/stop"; load_wait; }
load_wait() { wait "$load_pid"; load_pid=""; }

# crash_pg postmaster|all: kill -9 of the postmaster our scripts started (all: with its children, like a power cut)
crash_pg() {
  local pm; pm="$(head -1 "$PGDATA_DIR/postmaster.pid")"
  [ "$(readlink -f "/proc/$pm/cwd")" = "$(readlink -f "$PGDATA_DIR")" ] || { echo "pid $pm is not our postmaster" >&2; exit 1; }
  local children; children="$(pgrep -P "$pm" | tr '\n' ' ' || true)"
  if [ "$1" = all ]; then kill -9 "$pm" $children; else kill -9 "$pm"; fi
  for _ in $(seq 1 100); do # a new postmaster cannot start while the old backends hold the shared memory
    local alive=0; for c in $children; do kill -0 "$c" 2>/dev/null && alive=1; done
    [ "$alive" = 0 ] && return; sleep 0.1
  done
}

# verify LABEL: the ledger of acknowledged reports against the database; prints "acked stored lost duplicated"
verify() {
  local prefix="faults-$RUN-$1-"
  psql_db <<SQL
CREATE TEMP TABLE ledger (client_key text, case_id bigint);
\copy ledger FROM '$W/$1/ledger.tsv'
SELECT (SELECT count(*) FROM ledger),
       (SELECT count(*) FROM case_file WHERE client_key LIKE '$prefix%'),
       (SELECT count(*) FROM ledger l WHERE NOT EXISTS
          (SELECT 1 FROM case_file c WHERE c.id = l.case_id AND c.client_key = l.client_key)),
       (SELECT count(*) FROM (SELECT 1 FROM case_file WHERE client_key LIKE '$prefix%'
          GROUP BY reporter_subject, client_key HAVING count(*) > 1) d);
SQL
}
answers() { node -e 'const s = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  console.log(Object.entries(s.answers).map(([k, v]) => k + "=" + v).join(" "), "| given up unacknowledged:", s.givenUp)' "$W/$1/summary.json"; }
# phases LABEL T1 T2: the answers before T1, between T1 and T2, after T2 (epoch ms)
phases() { awk -F'\t' -v a="$2" -v b="$3" '{ p = $1 < a ? "before" : $1 < b ? "during" : "after"; n[p "\t" $2]++ }
  END { for (k in n) { split(k, f, "\t"); s[f[1]] = s[f[1]] " " f[2] "=" n[k] }
        printf "before the kill:%s | outage:%s | after the restart:%s\n", s["before"], s["during"], s["after"] }' "$W/$1/events.tsv"; }
count_kind() { awk -F'\t' -v k="$2" '$2 == k { n++ } END { print n + 0 }' "$W/$1/events.tsv"; }
count_bad() { awk -F'\t' '$2 == "HANG" || $2 ~ /^INTERNAL/ || $2 ~ /^HTTP_5/ { n++ } END { print n + 0 }' "$W/$1/events.tsv"; }
first_ok_after() { awk -F'\t' -v t="$2" '$2 == "OK" && $1 > t && (m == "" || $1 < m) { m = $1 } END { print m }' "$W/$1/events.tsv"; }

# ---- the stack
say "fault suite ($mode) at $(date +%H:%M:%S): backend $URL, PostgreSQL :$LVZHI_PG_PORT, Keycloak $LVZHI_KC_URL"
if [ "$mode" = full ]; then
  DB="${LVZHI_DB_NAME:-lvzhi_faults}"
  for s in postgres keycloak; do
    "scripts/$s.sh" status >/dev/null 2>&1 || started+=("$s")
    "scripts/$s.sh" start
  done
  if ! scripts/stack.sh status | grep -q 'backend: running'; then
    scripts/postgres.sh recreate-db "$DB"
    LVZHI_DB_NAME="$DB" scripts/stack.sh backend-start
    started+=(backend)
  fi
else
  DB="${LVZHI_DB_NAME:?the database of the running backend}"
  backend_ready || { echo "no ready backend at $READY: scripts/test.sh starts it before the short fault suite" >&2; exit 1; }
fi
export LVZHI_DB_NAME="$DB"
reset_control
token "$W/token"
[ "$(status_with "$(cat "$W/token")")" = 200 ] || { echo "the grid worker's token is not accepted; is the stack healthy?" >&2; exit 1; }
load warmup 10 5 && load_wait # a cold backend would spend the first phase compiling

# ---- 1. PostgreSQL killed and restarted under load
say ""
say "1. $WRITERS phones report; once $WRITERS reports are stored (at most ${BEFORE_S}s) the postmaster is killed (kill -9);"
say "   restarted ${OUTAGE_S}s later; the phones go on for ${AFTER_S}s after PostgreSQL accepts connections again"
log_before="$(wc -l < .run/backend.log)"
load pg "$WRITERS" 600
load_start_ms="$(ms)"
while [ $(($(ms) - load_start_ms)) -lt $((BEFORE_S * 1000)) ] \
    && [ "$(psql_db -c "SELECT count(*) FROM case_file WHERE client_key LIKE 'faults-$RUN-pg-%'")" -lt "$WRITERS" ]; do
  sleep 1
done
kill_ms="$(ms)"; crash_pg postmaster
ready_status > "$W/ready-during" & # health checks run when asked: this answer is the outage's
sleep "$OUTAGE_S"
scripts/postgres.sh start 2>/dev/null
restart_ms="$(ms)"
wait $!
ready_during="$(cat "$W/ready-during")"
sleep "$AFTER_S"
load_stop
read -r acked stored lost dup <<<"$(verify pg | tr '|' ' ')"
first_ok="$(first_ok_after pg "$restart_ms")"
retryable="$(count_kind pg 'UNAVAILABLE(retryable)')"
bad="$(count_bad pg)"
stack_lines="$(tail -n +"$((log_before + 1))" .run/backend.log | grep -c '^[[:space:]]*at ' || true)"
outage_lines="$(tail -n +"$((log_before + 1))" .run/backend.log | grep -c 'database unavailable' || true)"
say "   acknowledged $acked, stored $stored, acknowledged but missing $lost, duplicated $dup"
say "   answers: $(answers pg)"
say "   $(phases pg "$kill_ms" "$restart_ms")"
recovery="none"; [ -n "$first_ok" ] && recovery="$((first_ok - restart_ms)) ms"
say "   killed $(((kill_ms - load_start_ms) / 1000)) s into the load; readiness during the outage: HTTP $ready_during;" \
    "outage (kill to PostgreSQL accepting again) $((restart_ms - kill_ms)) ms;" \
    "recovery (PostgreSQL accepting to the first acknowledged report) $recovery"
say "   backend log during the phase: $outage_lines 'database unavailable' lines, $stack_lines stack-trace lines"
check "every acknowledged report is stored" [ "$lost" = 0 ]
check "no report stored twice" [ "$dup" = 0 ]
check "reports were acknowledged before and after the crash" [ "$acked" -gt 0 ]
check "requests in flight failed as UNAVAILABLE (retryable): $retryable" [ "$retryable" -gt 0 ]
check "no hang, no INTERNAL, no HTTP 5xx: $bad" [ "$bad" = 0 ]
check "readiness DOWN (503) while PostgreSQL is down" [ "$ready_during" = 503 ]
check "the backend reconnected by itself (a report acknowledged after the restart)" [ -n "$first_ok" ]
check "readiness UP again" wait_ready 30
check "no stack trace per failed request ($stack_lines lines for $retryable failures)" [ "$stack_lines" -lt 100 ]

# ---- 2. the negative control: asynchronous commit, the whole cluster killed
say ""
say "2. control: synchronous_commit=off, WAL flushed every 10 s; $WRITERS phones; after ${CONTROL_S}s (the WAL writer paused for"
say "   the last 3 s) the whole cluster is killed, like a power cut"
scripts/postgres.sh psql -c "ALTER SYSTEM SET synchronous_commit = off" -c "ALTER SYSTEM SET wal_writer_delay = '10s'" \
  -c "ALTER SYSTEM SET wal_writer_flush_after = '1GB'" -c "SELECT pg_reload_conf()" >/dev/null
token "$W/token"
wait_ready 60 || true
load ctl "$WRITERS" 600
sleep $((CONTROL_S - 3))
walwriter="$(pgrep -P "$(head -1 "$PGDATA_DIR/postmaster.pid")" -f 'walwriter' || true)"
[ -n "$walwriter" ] && kill -STOP $walwriter
sleep 3
crash_pg all
sleep 1
scripts/postgres.sh start 2>/dev/null
reset_control
load_stop
read -r acked stored lost dup <<<"$(verify ctl | tr '|' ' ')"
say "   acknowledged $acked, stored $stored, acknowledged but missing $lost, duplicated $dup"
say "   answers: $(answers ctl)"
check "the check detects loss when commits are not durable (lost $lost)" [ "$lost" -gt 0 ]

# ---- 3. Keycloak stopped under load; the backend restarted while it is down
say ""
say "3. Keycloak stopped while $KC_WRITERS phones report for ${KC_LOAD_S}s with tokens issued before"
token "$W/token"
wait_ready 30 || true
load kc "$KC_WRITERS" "$KC_LOAD_S"
sleep 2
scripts/keycloak.sh stop 2>/dev/null
kc_down_ms="$(ms)"
node scripts/faults.mjs forge "$W/token" > "$W/forged"
forged_codes="$(while read -r t; do printf '%s ' "$(status_with "$t")"; done < "$W/forged")"
ready_kc="$(ready_status)"
oidc_down="$(curl -s -m 30 "$READY" | grep -c '"Keycloak realm"' || true)"
load_wait
ok_after_stop="$(awk -F'\t' -v t="$kc_down_ms" '$2 == "OK" && $1 > t { n++ } END { print n + 0 }' "$W/kc/events.tsv")"
say "   answers: $(answers kc); acknowledged after Keycloak stopped: $ok_after_stop"
say "   forged tokens (unknown key id, known key id + other key, alg none): HTTP $forged_codes; readiness HTTP $ready_kc"
check "issued tokens keep working while Keycloak is down" [ "$ok_after_stop" -gt 0 ]
refused="$(awk -F'\t' '$2 ~ /UNAUTHENTICATED|HTTP_401/ { n++ } END { print n + 0 }' "$W/kc/events.tsv")"
check "no issued token refused ($refused), no hang, no INTERNAL, no HTTP 5xx ($(count_bad kc))" [ "$refused:$(count_bad kc)" = 0:0 ]
check "forged tokens refused with 401" [ "$forged_codes" = "401 401 401 " ]
check "readiness DOWN (503, the Keycloak check listed) while Keycloak is down" [ "$ready_kc:$((oidc_down > 0))" = 503:1 ]

say "   the backend restarted while Keycloak is down"
scripts/stack.sh backend-stop >/dev/null 2>&1
start_ms="$(ms)"
LVZHI_READY_TIMEOUT=300 scripts/stack.sh backend-start > "$W/backend-start.log" 2>&1 &
backend_pid=$!
seen=""
live_ms=""
# what clients see meanwhile, with the genuine token (its key never fetched) and the forged ones: until the backend
# has been up for 20 s, or PROBE_S
while [ $(($(ms) - start_ms)) -lt $((PROBE_S * 1000)) ] && { [ -z "$live_ms" ] || [ $(($(ms) - live_ms)) -lt 20000 ]; }; do
  i=0; probes=()
  for t in "$(cat "$W/token")" $(cat "$W/forged"); do
    i=$((i + 1)); status_with "$t" 30 > "$W/probe$i" & probes+=($!)
  done
  wait "${probes[@]}" # not a bare wait: the backend start runs in the background too
  for p in "$W"/probe*; do seen+="$(cat "$p") "; done
  [ -z "$live_ms" ] && curl -fs -o /dev/null -m 5 "http://localhost:$LVZHI_MANAGEMENT_PORT/q/health/live" && live_ms="$(ms)"
  sleep 1
done
say "   the backend was up $([ -n "$live_ms" ] && echo "after $(((live_ms - start_ms) / 1000)) s" || echo "not yet after ${PROBE_S} s")"
say "   answers while Keycloak stays down ($((($(ms) - start_ms) / 1000)) s): $(tr ' ' '\n' <<<"$seen" | grep . | sort | uniq -c | awk '{ printf "HTTP %s x%s  ", $2, $1 }')"
check "nothing served (only no answer, 401 or 503)" [ -z "$(tr ' ' '\n' <<<"$seen" | grep -vE '^(000|401|503)?$' || true)" ]
back_ms="$(ms)"
scripts/keycloak.sh start 2>/dev/null
wait "$backend_pid" || { cat "$W/backend-start.log"; }
token "$W/token"
login_status="$(status_with "$(cat "$W/token")")"
say "   Keycloak back after $((($(ms) - back_ms) / 1000)) s; a fresh login's request: HTTP $login_status"
check "the backend becomes ready once Keycloak is back" backend_ready
check "a fresh login works again" [ "$login_status" = 200 ]

say ""
if [ "$failed" != 0 ]; then say "fault suite: $failed check(s) FAILED"; exit 1; fi
say "fault suite: all checks passed"
