#!/usr/bin/env bash
# `make bench-scale`: p50/p95/p99 of the queries listed in scripts/scale/bench-queries.txt against a running product
# on the city data set (`make city-data`, then start the product with LVZHI_DB_NAME=lvzhi_city): BENCH_N requests each
# (default 50) after 3 warm-up requests, one at a time. Not a test. Prints the machine's load average with the figures.
# LVZHI_URL (default http://localhost:$LVZHI_HTTP_PORT), LVZHI_KC_URL (see scripts/ports.sh), BENCH_N,
# BENCH_ONLY (a regular expression over the names: only those lines).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
source "$ROOT/scripts/ports.sh"
URL="${LVZHI_URL:-http://localhost:$LVZHI_HTTP_PORT}"
N="${BENCH_N:-50}"
ONLY="${BENCH_ONLY:-.}"
if ! curl -sS -m 5 -o /dev/null "$URL/graphql" 2>/dev/null; then
  echo "nothing answers at $URL: start the product on the city data first (see docs/scale.md)" >&2
  exit 1
fi
# the last 36 whole months of report times (Asia/Shanghai), this month included
FROM=$(TZ=Asia/Shanghai date -d "$(TZ=Asia/Shanghai date +%Y-%m-01) -35 months" +%Y-%m-01T00:00:00+08:00)
TO=$(TZ=Asia/Shanghai date -d "$(TZ=Asia/Shanghai date +%Y-%m-01) +1 month" +%Y-%m-01T00:00:00+08:00)
declare -A TOKENS
token() {
  if [[ -z "${TOKENS[$1]:-}" ]]; then
    TOKENS[$1]=$(curl -fsS -m 10 "$LVZHI_KC_URL/realms/lvzhi/protocol/openid-connect/token" \
      -d grant_type=password -d client_id=lvzhi-cli -d username="$1" -d password="${LVZHI_DEMO_PASSWORD:-lvzhi2026}" | jq -r .access_token)
  fi
  echo "${TOKENS[$1]}"
}

echo "$URL, period $FROM .. $TO, $N requests per query, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-28s %10s %8s %8s %8s %8s\n' query user rows p50_ms p95_ms p99_ms
grep -v '^\s*#' "$ROOT/scripts/scale/bench-queries.txt" | grep -v '^\s*$' | while IFS='|' read -r NAME USER FILE VARS; do
  NAME=$(xargs <<<"$NAME"); USER=$(xargs <<<"$USER"); FILE=$(xargs <<<"$FILE")
  [[ "$NAME" =~ $ONLY ]] || continue
  VARS=$(sed -e "s/\$FROM/$FROM/g" -e "s/\$TO/$TO/g" <<<"$VARS")
  BODY=$(jq -cn --rawfile q "$ROOT/scripts/scale/queries/$FILE" --argjson v "$VARS" '{query: $q, variables: $v}')
  AUTH="Authorization: Bearer $(token "$USER")"
  FIRST=$(curl -fsS -m 120 -H "$AUTH" -H 'Content-Type: application/json' -d "$BODY" "$URL/graphql")
  if [[ $(jq '.errors // [] | length' <<<"$FIRST") != 0 ]]; then
    echo "$NAME: $(jq -c .errors <<<"$FIRST")" >&2
    exit 1
  fi
  for _ in 1 2; do curl -fsS -m 120 -o /dev/null -H "$AUTH" -H 'Content-Type: application/json' -d "$BODY" "$URL/graphql"; done
  TIMES=$(for _ in $(seq "$N"); do
    curl -fsS -m 120 -o /dev/null -w '%{time_total}\n' -H "$AUTH" -H 'Content-Type: application/json' -d "$BODY" "$URL/graphql"
  done | sort -n)
  pct() { awk -v n="$N" -v p="$1" 'NR == (int(n * p + 0.999) < 1 ? 1 : int(n * p + 0.999)) { printf "%.1f", $1 * 1000 }' <<<"$TIMES"; }
  printf '%-28s %10s %8s %8s %8s %8s\n' "$NAME" "$USER" "$(jq '.data | to_entries[0].value | (.groups // .edges // []) | length' <<<"$FIRST")" \
    "$(pct 0.50)" "$(pct 0.95)" "$(pct 0.99)"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
