#!/usr/bin/env bash
# dispatchCase under load, called by bench.sh after writes.sh, on the cases that run reported (prepared data): the
# township command room (zhihuishi) accepts them all, then the district command centre (zhihui) dispatches each to
# 生态环境局 as lead from 16 clients; every acknowledged dispatch must be stored once. Then a burst: the same dispatch
# (same case version) from 4 clients at once — one must win and the others be refused as CONFLICT, with one stored.
# Usage: dispatches.sh OUT   (OUT/writes-acked.tsv, its first BENCH_PREPARED=1500; BENCH_WRITE_CLIENTS, BENCH_BURST) → OUT/dispatches.json
set -euo pipefail
source "$(dirname "$0")/lib.sh"
OUT=$1 B="$OUT/dispatch-bodies"; mkdir -p "$B"
LV_PORT=$(sed -E 's#^[a-z]+://[^:/]+:?([0-9]*).*#\1#' <<<"$LV_BASE")
CASES=$(awk -F"\t" -v n="${BENCH_PREPARED:-1500}" 'NR <= n {print $2}' "$OUT/writes-acked.tsv" | paste -sd, -)
[ -n "$CASES" ] || { echo "  no reported cases to dispatch" >&2; exit 0; }

ACCEPT='mutation($i: AcceptCaseInput!) { acceptCase(input: $i) { case { id version } } }'
tr , '\n' <<<"$CASES" | jq -cR --arg q "$ACCEPT" '{query: $q, variables: {i: {caseId: .}}}' > "$B/accept.jsonl"
echo "  accepted (preparation): $(batch zhihuishi "$B/accept.jsonl")" >&2

DISPATCH='mutation($i: DispatchCaseInput!) { dispatchCase(input: $i) { dispatches { id } } }'
UNIT=$(db_psql -c "select id from unit where code = '${BENCH_DEPT_UNIT:-JZ-QH-D10}'")
db_psql -F' ' -c "select id, version from case_file where id in ($CASES) and status = 'ACCEPTED' order by id" \
  | jq -cR --arg q "$DISPATCH" --arg unit "$UNIT" 'split(" ") | {query: $q, variables: {i: {caseId: .[0],
      caseVersion: (.[1] | tonumber), targets: [{unitId: $unit, role: "LEAD"}]}}}' > "$B/dispatch.jsonl"
head -n "${BENCH_BURST:-50}" "$B/dispatch.jsonl" > "$B/burst.jsonl"
tail -n +"$((${BENCH_BURST:-50} + 1))" "$B/dispatch.jsonl" > "$B/load.jsonl"

cpu_begin "$(listener_pid "${LV_PORT:-80}")"
LOAD=$(batch zhihui "$B/load.jsonl")
cpu_end
BURST=$(batch zhihui "$B/burst.jsonl" 4)
CHECK=$(db_psql -F' ' -c "select count(*), count(*) filter (where n > 1) from (select case_id, count(*) n
  from case_dispatch where case_id in ($CASES) group by case_id) d")
jq -n --argjson load "$LOAD" --argjson burst "$BURST" --arg check "$CHECK" --arg srv "$CPU_SERVER" --arg pg "$CPU_PG" \
  --argjson prepared "$(wc -l < "$B/dispatch.jsonl")" \
  '{prepared: $prepared, load: $load, burst: $burst, db: {casesWithADispatch: ($check | split(" ")[0] | tonumber),
    casesDispatchedTwice: ($check | split(" ")[1] | tonumber)}, cpu: {server_cs: ($srv | tonumber), pg_cs: ($pg | tonumber)}}' \
  | tee "$OUT/dispatches.json" | jq -c . >&2
