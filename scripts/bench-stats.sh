#!/usr/bin/env bash
# `make bench-stats`: times the case statistics query on the demo data of the running product (`make start` first):
# N requests per groupBy as the demo leader (lingdao), printing p50/p95 in milliseconds.
# LVZHI_URL (default http://localhost:$LVZHI_HTTP_PORT), LVZHI_KC_URL (see scripts/ports.sh), BENCH_N (default 100).
set -euo pipefail
source "$(dirname "$0")/ports.sh"
URL="${LVZHI_URL:-http://localhost:$LVZHI_HTTP_PORT}"
KC="$LVZHI_KC_URL"
N="${BENCH_N:-100}"

if ! curl -fsS -m 5 -o /dev/null -X POST -H 'Content-Type: application/json' -d '{"query":"{__typename}"}' "$URL/graphql" 2>/dev/null \
    && ! curl -sS -m 5 -o /dev/null "$URL/graphql" 2>/dev/null; then
  echo "nothing answers at $URL: run 'make start' first" >&2
  exit 1
fi
TOKEN=$(curl -fsS -m 10 "$KC/realms/lvzhi/protocol/openid-connect/token" \
  -d grant_type=password -d client_id=lvzhi-cli -d username=lingdao -d password=lvzhi2026 | jq -r .access_token)
if [[ -z "$TOKEN" || "$TOKEN" == null ]]; then
  echo "no token from Keycloak at $KC for lingdao" >&2
  exit 1
fi

# the last 120 days of report times: the whole demo history
TO=$(date -u -d 'tomorrow' +%Y-%m-%dT00:00:00Z)
FROM=$(date -u -d '121 days ago' +%Y-%m-%dT00:00:00Z)
QUERY='query($i: CaseStatisticsInput!) { caseStatistics(input: $i) { groups { key cases dispatches closed onTime ratings satisfied satisfactionRate onTimeRate ranked rank } totals { cases ratings satisfactionRate } } }'

echo "caseStatistics on $URL, $N requests per groupBy, period $FROM .. $TO"
printf '%-14s %8s %8s %8s %8s\n' groupBy groups cases p50_ms p95_ms
for GROUP in CATEGORY ORIGIN_UNIT HANDLING_UNIT MONTH WEEK; do
  BODY=$(jq -cn --arg q "$QUERY" --arg g "$GROUP" --arg f "$FROM" --arg t "$TO" '{query: $q, variables: {i: {groupBy: $g, from: $f, to: $t}}}')
  FIRST=$(curl -fsS -m 30 -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$BODY" "$URL/graphql")
  if [[ $(jq '.errors // [] | length' <<<"$FIRST") != 0 ]]; then
    echo "$GROUP: $(jq -c .errors <<<"$FIRST")" >&2
    exit 1
  fi
  TIMES=$(for _ in $(seq "$N"); do
    curl -fsS -m 30 -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
      -d "$BODY" "$URL/graphql"
  done | sort -n)
  P50=$(awk -v n="$N" 'NR == int((n + 1) * 0.50) { printf "%.1f", $1 * 1000 }' <<<"$TIMES")
  P95=$(awk -v n="$N" 'NR == int(n * 0.95 + 0.5) { printf "%.1f", $1 * 1000 }' <<<"$TIMES")
  printf '%-14s %8s %8s %8s %8s\n' "$GROUP" "$(jq '.data.caseStatistics.groups | length' <<<"$FIRST")" \
    "$(jq '.data.caseStatistics.totals.cases' <<<"$FIRST")" "$P50" "$P95"
done
