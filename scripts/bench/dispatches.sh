#!/usr/bin/env bash
# dispatchCase under load, called by bench.sh after writes.sh, on the cases that run reported (prepared data): the
# township command room (zhihuishi) accepts them all, then the district command centre (zhihui) dispatches each to
# 生态环境局 as lead from 16 clients, each request with its own client key; every acknowledged dispatch must be stored
# once. Then a burst: the same dispatch (same case version, same key) from 4 clients at once, as a retrying client
# sends it — every answer must be the first dispatch, with one stored.
# Before the measured run, BENCH_PREPARED_WARM=3000 other reported cases are dispatched the same way, unmeasured: the
# path reaches its compiled speed only under its own load (the reports before it warm another path).
# Usage: dispatches.sh OUT   (the reported cases of OUT/writes-acked.tsv and OUT/writes-warm-acked.tsv, as lib.sh's
#        prepared_cases picks them; BENCH_WRITE_CLIENTS, BENCH_BURST) → OUT/dispatches.json
set -euo pipefail
source "$(dirname "$0")/lib.sh"
OUT=$1 B="$OUT/dispatch-bodies"; mkdir -p "$B"
prepared_cases "$OUT" "$B"
[ -s "$B/cases" ] || { echo "  no reported cases to dispatch" >&2; exit 0; }

ACCEPT='mutation($i: AcceptCaseInput!) { acceptCase(input: $i) { case { id version } } }'
cat "$B/cases" "$B/warm-cases" | jq -cR --arg q "$ACCEPT" '{query: $q, variables: {i: {caseId: .}}}' > "$B/accept.jsonl"
echo "  accepted (preparation): $(batch zhihuishi "$B/accept.jsonl")" >&2

DISPATCH='mutation($i: DispatchCaseInput!) { dispatchCase(input: $i) { dispatches { id } } }'
UNIT=$(db_psql -c "select id from unit where code = '${BENCH_DEPT_UNIT:-JZ-QH-D10}'")
RUN=$(date +%H%M%S)
bodies() {  # CASE_ID_FILE: a dispatch of each, with its own client key
  in_ids "$1" "select c.id, c.version from case_file c join ids using (id) where c.status = 'ACCEPTED' order by c.id" -F' ' \
    | jq -cR --arg q "$DISPATCH" --arg unit "$UNIT" --arg run "$RUN" 'split(" ") | {query: $q, variables: {i: {caseId: .[0],
        caseVersion: (.[1] | tonumber), targets: [{unitId: $unit, role: "LEAD"}], clientKey: "bench-\($run)-\(.[0])"}}}'
}
bodies "$B/cases" > "$B/dispatch.jsonl"
if [ -s "$B/warm-cases" ]; then
  bodies "$B/warm-cases" > "$B/warm.jsonl"
  echo "  warm-up (not measured): $(batch zhihui "$B/warm.jsonl")" >&2
fi
check() {
  in_ids "$B/cases" "select json_build_object('casesWithADispatch', count(*), 'casesDispatchedTwice', count(*) filter (where n > 1))
    from (select case_id, count(*) n from case_dispatch join ids on ids.id = case_id group by case_id) d"
}
load_and_burst zhihui "$B/dispatch.jsonl" check "$OUT/dispatches.json"
