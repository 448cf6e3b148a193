#!/usr/bin/env bash
# Several replicas, one database: starts replicas 2 and 3 of scripts/stack.sh (the packaged jar twice, other ports:
# LVZHI_HTTP_PORT + 1 and 2 x LVZHI_REPLICA_PORT_STEP) on the database LVZHI_DB_NAME, beside whatever already runs on
# it (in scripts/test.sh: the e2e product, replica 1), both running the overdue and escalation jobs every second,
# then scripts/tests/replicas.mjs against the two (identical reads, idempotency, rating uniqueness, optimistic
# versions, each job once per period); stops them again. Needs the built jar, PostgreSQL and Keycloak. ~1 min.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
source scripts/ports.sh
: "${LVZHI_DB_NAME:?name the database (LVZHI_DB_NAME)}"
STEP="${LVZHI_REPLICA_PORT_STEP:-10}"
REPLICAS=(2 3)

stop() {
  for k in "${REPLICAS[@]}"; do LVZHI_REPLICA=$k scripts/stack.sh backend-stop >/dev/null 2>&1 || true; done
}
trap stop EXIT

pids=()
for k in "${REPLICAS[@]}"; do
  # the parallel bursts of one demo user exceed a caller's 8 requests at once (counted per backend): out of reach
  LVZHI_REPLICA=$k LVZHI_OVERDUE_EVERY=1s LVZHI_GRAPHQL_CALLER_MAX_CONCURRENT=1000 LVZHI_GRAPHQL_CALLER_BUDGET=1000000000 \
    scripts/stack.sh backend-start & pids+=($!)
done
for p in "${pids[@]}"; do wait "$p"; done

node scripts/tests/replicas.mjs "http://localhost:$((LVZHI_HTTP_PORT + STEP))" "http://localhost:$((LVZHI_HTTP_PORT + 2 * STEP))" \
  "$LVZHI_KC_URL" scripts/postgres.sh psql -d "$LVZHI_DB_NAME"
# neither backend logged a failure of a scheduled job (a second flagging would roll back with an error here)
if grep -hE 'ERROR.*(OverdueJob|EscalationJob|scheduled|Scheduled)' .run/backend-2.log .run/backend-3.log; then
  echo "FAIL  a scheduled job failed on a replica (above)" >&2; exit 1
fi
