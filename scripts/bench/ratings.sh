#!/usr/bin/env bash
# rateDispatch under load, called by bench.sh after dispatches.sh, on the dispatches that run made (prepared data):
# 生态环境局 (huanjing) signs for and replies to each (preparation), then the district command centre (zhihui), who
# dispatched them (谁派单谁评价), rates each from 16 clients; every acknowledged rating must be stored once. Then the
# same rating from 4 clients at once: one rating stored, and every answer is that rating (the same rating again is
# its retry).
# Usage: ratings.sh OUT   (OUT/writes-acked.tsv, its first BENCH_PREPARED=1500; BENCH_WRITE_CLIENTS, BENCH_BURST) → OUT/ratings.json
set -euo pipefail
source "$(dirname "$0")/lib.sh"
OUT=$1 B="$OUT/rating-bodies"; mkdir -p "$B"
CASES=$(awk -F"\t" -v n="${BENCH_PREPARED:-1500}" 'NR <= n {print $2}' "$OUT/writes-acked.tsv" | paste -sd, -)
[ -n "$CASES" ] || { echo "  no dispatched cases to rate" >&2; exit 0; }
db_psql -c "select id from case_dispatch where case_id in ($CASES) and status = 'SENT' order by id" > "$B/ids"
bodies() {  # MUTATION INPUT_TYPE EXTRA_JSON: one body per dispatch id
  jq -cR --arg q "mutation(\$i: $2!) { $1(input: \$i) { __typename } }" --argjson extra "$3" \
    '{query: $q, variables: {i: ({dispatchId: .} + $extra)}}' "$B/ids"
}
bodies signDispatch SignDispatchInput '{}' > "$B/sign.jsonl"
bodies replyDispatch ReplyDispatchInput '{"text": "已办结（压测）"}' > "$B/reply.jsonl"
bodies rateDispatch RateDispatchInput '{"level": "SATISFIED"}' > "$B/rate.jsonl"
echo "  signed (preparation): $(batch huanjing "$B/sign.jsonl")" >&2
echo "  replied (preparation): $(batch huanjing "$B/reply.jsonl")" >&2
check() {
  db_psql -c "select json_build_object('ratedDispatches', count(distinct dispatch_id), 'ratings', count(*))
    from case_rating where dispatch_id in ($(paste -sd, "$B/ids"))"
}
load_and_burst zhihui "$B/rate.jsonl" check "$OUT/ratings.json"
