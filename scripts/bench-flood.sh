#!/usr/bin/env bash
# One caller floods, another keeps working: how much the flood costs the other caller. Runs against the running
# product (`make start` first, demo data). First the other user's trivial query alone, then the same while one user
# keeps FLOOD_C heavy queries in flight; prints the other user's p50/p95/p99 in both phases and what became of the
# flood's requests (answered, RATE_LIMITED, other errors). A benchmark, not a test.
# LVZHI_URL (default http://localhost:$LVZHI_HTTP_PORT, port 8080), LVZHI_KC_URL (default http://localhost:8180),
# BENCH_N trivial requests per phase (default 200, but a phase stops after BENCH_SECONDS, default 120),
# FLOOD_C parallel heavy requests (default 50),
# FLOOD_USER (default lingdao) and OTHER_USER (default bianban).
set -euo pipefail
URL="${LVZHI_URL:-http://localhost:${LVZHI_HTTP_PORT:-8080}}"
KC="${LVZHI_KC_URL:-http://localhost:8180}"
N="${BENCH_N:-200}"
MAX_SECONDS="${BENCH_SECONDS:-120}"
FLOOD_C="${FLOOD_C:-50}"
FLOOD_USER="${FLOOD_USER:-lingdao}"
OTHER_USER="${OTHER_USER:-bianban}"

if ! curl -sS -m 5 -o /dev/null "$URL/graphql" 2>/dev/null; then
  echo "nothing answers at $URL: run 'make start' first" >&2
  exit 1
fi
token() {
  local t
  t=$(curl -fsS -m 10 "$KC/realms/lvzhi/protocol/openid-connect/token" \
    -d grant_type=password -d client_id=lvzhi-cli -d username="$1" -d password=lvzhi2026 | jq -r .access_token)
  if [[ -z "$t" || "$t" == null ]]; then
    echo "no token from Keycloak at $KC for $1" >&2
    exit 1
  fi
  echo "$t"
}
# tokens live 300 s: a run takes well under that
FLOOD_TOKEN=$(token "$FLOOD_USER")
OTHER_TOKEN=$(token "$OTHER_USER")

TRIVIAL='{"query":"{ me { subject } }"}'
HEAVY='{"query":"{ cases(first: 100) { totalCount edges { node { id code title status reportedAt dispatches { id status role sentAt fromUnit { id code name } toUnit { id code name } } } } } }"}'

WORK=$(mktemp -d)
touch "$WORK/other.failed"
trap 'touch "$WORK/stop"; wait 2>/dev/null || true; rm -rf "$WORK"' EXIT

post() { # TOKEN BODY -> the body, then the total time in seconds on its own line
  curl -sS -m 60 -w '\n%{time_total}\n' -H "Authorization: Bearer $1" -H 'Content-Type: application/json' -d "$2" "$URL/graphql"
}

check=$(post "$FLOOD_TOKEN" "$HEAVY" | head -n -1)
if [[ $(jq '.errors // [] | length' <<<"$check") != 0 ]]; then
  echo "the heavy query fails on its own: $(jq -c .errors <<<"$check")" >&2
  exit 1
fi

# N trivial requests of the other user, one after another; prints their times (seconds), sorted; counts failures
other_user_times() {
  local out started=$SECONDS
  for _ in $(seq "$N"); do
    ((SECONDS - started < MAX_SECONDS)) || break
    out=$(post "$OTHER_TOKEN" "$TRIVIAL")
    if [[ $(head -n -1 <<<"$out" | jq -r '.data.me.subject // empty') == "" ]]; then
      echo "$1" >>"$WORK/other.failed"
    fi
    tail -n 1 <<<"$out"
  done | sort -n
}

percentiles() { # sorted times on stdin -> "n p50 p95 p99" (ms)
  awk '{ t[NR] = $1 } END { n = NR; printf "%d %.1f %.1f %.1f\n", n, t[int((n + 1) * 0.50)] * 1000, t[int(n * 0.95 + 0.5)] * 1000, t[int(n * 0.99 + 0.5)] * 1000 }'
}

flooder() { # keeps one heavy request in flight until told to stop; one outcome per line
  while [[ ! -f "$WORK/stop" ]]; do
    post "$FLOOD_TOKEN" "$HEAVY" | head -n -1 \
      | jq -r 'if (.errors // []) | length > 0 then (.errors[0].extensions.code // "ERROR") else "OK" end' 2>/dev/null \
      || echo "TRANSPORT"
  done >>"$WORK/flood.$1"
}

echo "flood benchmark on $URL: $OTHER_USER sends $N trivial queries, alone and while $FLOOD_USER keeps $FLOOD_C heavy ones in flight"
read -r AN A50 A95 A99 < <(other_user_times alone | percentiles)

for i in $(seq "$FLOOD_C"); do flooder "$i" & done
sleep 2
START=$(date +%s.%N)
read -r FN F50 F95 F99 < <(other_user_times flood | percentiles)
END=$(date +%s.%N)
touch "$WORK/stop"
wait

cat "$WORK"/flood.* | sort | uniq -c | sort -rn >"$WORK/outcomes"
TOTAL=$(awk '{ s += $1 } END { print s + 0 }' "$WORK/outcomes")
LIMITED=$(awk '$2 == "RATE_LIMITED" { print $1 }' "$WORK/outcomes")

failed() { grep -c "^$1\$" "$WORK/other.failed" || true; }
printf '\n%-26s %8s %10s %10s %10s %8s\n' "$OTHER_USER, trivial query" requests p50_ms p95_ms p99_ms failed
printf '%-26s %8s %10s %10s %10s %8s\n' alone "$AN" "$A50" "$A95" "$A99" "$(failed alone)"
printf '%-26s %8s %10s %10s %10s %8s\n' "during the flood" "$FN" "$F50" "$F95" "$F99" "$(failed flood)"
printf '\nflood: %s requests in %.1f s, %s RATE_LIMITED; outcomes:\n' "$TOTAL" "$(echo "$END - $START" | bc)" "${LIMITED:-0}"
sed 's/^/  /' "$WORK/outcomes"
