#!/usr/bin/env bash
# rateDispatch under load, called by bench.sh after dispatches.sh, on the dispatches that run made (prepared data):
# 生态环境局 (huanjing) signs for and replies to each (preparation), then the district command centre (zhihui), who
# dispatched them (谁派单谁评价), rates each from 16 clients; every acknowledged rating must be stored once. Then the
# same rating from 4 clients at once: one rating stored, and every answer is that rating (the same rating again is
# its retry).
# As dispatches.sh, the dispatches of its warm-up cases are rated first, unmeasured.
# Usage: ratings.sh OUT   (the cases dispatches.sh dispatched, as lib.sh's prepared_cases picks them;
#        BENCH_WRITE_CLIENTS, BENCH_BURST) → OUT/ratings.json
set -euo pipefail
source "$(dirname "$0")/lib.sh"
OUT=$1 B="$OUT/rating-bodies"; mkdir -p "$B"
prepared_cases "$OUT" "$B"
[ -s "$B/cases" ] || { echo "  no dispatched cases to rate" >&2; exit 0; }
sent() { in_ids "$1" "select d.id from case_dispatch d join ids on ids.id = d.case_id where d.status = 'SENT' order by d.id"; }
sent "$B/cases" > "$B/ids"
sent "$B/warm-cases" > "$B/warm-ids"
bodies() {  # MUTATION INPUT_TYPE EXTRA_JSON: one body per dispatch id of the measured, then the warm-up ones
  jq -cR --arg q "mutation(\$i: $2!) { $1(input: \$i) { __typename } }" --argjson extra "$3" \
    '{query: $q, variables: {i: ({dispatchId: .} + $extra)}}' "$B/ids" "$B/warm-ids"
}
bodies signDispatch SignDispatchInput '{}' > "$B/sign.jsonl"
bodies replyDispatch ReplyDispatchInput '{"text": "已办结（压测）"}' > "$B/reply.jsonl"
bodies rateDispatch RateDispatchInput '{"level": "SATISFIED"}' > "$B/all-rates.jsonl"
MEASURED=$(wc -l < "$B/ids")
head -n "$MEASURED" "$B/all-rates.jsonl" > "$B/rate.jsonl"; tail -n +"$((MEASURED + 1))" "$B/all-rates.jsonl" > "$B/warm.jsonl"
echo "  signed (preparation): $(batch huanjing "$B/sign.jsonl")" >&2
echo "  replied (preparation): $(batch huanjing "$B/reply.jsonl")" >&2
[ ! -s "$B/warm.jsonl" ] || echo "  warm-up (not measured): $(batch zhihui "$B/warm.jsonl")" >&2
check() {
  in_ids "$B/ids" "select json_build_object('ratedDispatches', count(distinct dispatch_id), 'ratings', count(*))
    from case_rating join ids on ids.id = dispatch_id"
}
load_and_burst zhihui "$B/rate.jsonl" check "$OUT/ratings.json"
