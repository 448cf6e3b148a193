#!/usr/bin/env bash
# The write run, called by bench.sh: reportCase as the grid worker (wanggeyuan) with unique client keys, with the
# audit chain on as always, then the database check — every acknowledged write stored exactly once, nothing stored
# that was not acknowledged, one row per key of the burst — and the chain verified by the product itself.
# The cases stay in the database (titles "压测上报 bench-…"): they are new REPORTED cases, so q1–q3 (CLOSED) see none.
# A warm-up of BENCH_WRITE_WARM seconds (default 30) sends the same load first, under keys of its own, unmeasured: the
# reads before warmed the JIT for reads only, and the write path reaches its compiled speed only after ~40 s of load.
# Usage: writes.sh OUT   (env from bench.sh: BENCH_WRITE_SECONDS, BENCH_WRITE_WARM, BENCH_WRITE_CLIENTS, BENCH_BURST)
#        → OUT/writes.json
# (and OUT/writes-ceiling.json, the database's own ceiling for these writes: writes-ceiling.sh)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
OUT=$1 RUN=$(date +%H%M%S)
LV_PORT=$(sed -E 's#^[a-z]+://[^:/]+:?([0-9]*).*#\1#' <<<"$LV_BASE")
ACKED=$OUT/writes-acked.tsv

if [ "${BENCH_WRITE_WARM:-30}" -gt 0 ]; then
  TOKEN=$(token wanggeyuan) "$NODE" "$BENCH/writes.mjs" "$LV_URL" "${RUN}warm" "${BENCH_WRITE_CLIENTS:-16}" \
    "${BENCH_WRITE_WARM:-30}" 0 "$OUT/writes-warm-acked.tsv" | jq -c '{warmUp: {rps, p99_ms, failed}}' >&2
fi
cpu_begin "$(listener_pid "${LV_PORT:-80}")"
RESULT=$(TOKEN=$(token wanggeyuan) "$NODE" "$BENCH/writes.mjs" "$LV_URL" "$RUN" "${BENCH_WRITE_CLIENTS:-16}" \
  "$BENCH_WRITE_SECONDS" "${BENCH_BURST:-50}" "$ACKED")
cpu_end

KEYS="client_key like 'bench-$RUN-%' and client_key not like 'bench-$RUN-dup-%'"
CHECK=$(db_psql -F, <<SQL
create temp table acked (client_key text, id bigint);
\copy acked from '$ACKED'
select count(*) from acked;
select count(*) from case_file where $KEYS;
select count(*) from acked a where not exists (select 1 from case_file c where c.client_key = a.client_key and c.id = a.id);
select count(*) from case_file c where $KEYS and not exists (select 1 from acked a where a.client_key = c.client_key);
select count(*) from (select client_key from case_file where client_key like 'bench-$RUN-dup-%'
                      group by client_key having count(*) > 1) twice;
SQL
)
read -r acked stored missing unacked dup_twice <<<"$(tr '\n' ' ' <<<"$CHECK")"
INTACT=$(curl -fsS -m 120 -H "Authorization: Bearer $(token lingdao)" -H 'Content-Type: application/json' \
  -d '{"query":"{ auditIntegrity { intact checkedEvents } }"}' "$LV_URL" | jq -c '.data.auditIntegrity')
jq -n --argjson r "$RESULT" --argjson intact "$INTACT" --arg a "$acked" --arg s "$stored" --arg m "$missing" \
  --arg u "$unacked" --arg d "$dup_twice" --arg srv "$CPU_SERVER" --arg pg "$CPU_PG" --arg busy "$CPU_BUSY" \
  --arg jit "$CPU_JIT" \
  '$r + {db: {acknowledged: ($a | tonumber), stored: ($s | tonumber), acknowledgedNotStored: ($m | tonumber),
    storedNotAcknowledged: ($u | tonumber), burstKeysStoredTwice: ($d | tonumber)}, audit: $intact,
    cpu: {server_cs: ($srv | tonumber), pg_cs: ($pg | tonumber), busy_cs: ($busy | tonumber), jit_cs: ($jit | tonumber)}}' \
  | tee "$OUT/writes.json" | jq -c . >&2
# what the database alone allows this write path (writes-ceiling.sh): the locks held through each commit
"$BENCH/writes-ceiling.sh" "$OUT"
