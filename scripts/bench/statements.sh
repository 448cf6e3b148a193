#!/usr/bin/env bash
# SQL statements per GraphQL request, counted in PostgreSQL's own log, for Lvzhi and PostGraphile.
# Only the benchmarked database logs: ALTER DATABASE … SET log_min_duration_statement = 0 (never ALTER SYSTEM, the
# server may be shared). The setting reaches new sessions only, so the database's open sessions are ended (the
# product's and PostGraphile's pools reconnect by themselves) before counting and again after the RESET, so that the
# throughput runs do not pay for logging. Needs the superuser (LVZHI_PG_SUPERUSER_PASSWORD, default: .run/postgres.pw)
# and the server's log file (BENCH_PG_LOG, default: server.log in the data directory, where scripts/postgres.sh puts it).
# Usage: statements.sh BODIES OUT_CSV [N=5]   → OUT_CSV: target,query,median,per_request
set -euo pipefail
source "$(dirname "$0")/lib.sh"
BODIES=$1 CSV=$2 N=${3:-5}
export PGPASSWORD="${LVZHI_PG_SUPERUSER_PASSWORD:-$(cat "${LVZHI_PG_SUPERUSER_PW_FILE:-$ROOT/.run/postgres.pw}")}"
su_psql() { psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -Atq "$@"; }
LOG="${BENCH_PG_LOG:-$(su_psql -c "show data_directory")/server.log}"
[ -r "$LOG" ] || { echo "cannot read PostgreSQL's log $LOG (set BENCH_PG_LOG)" >&2; exit 1; }

end_sessions() {
  su_psql -c "select count(pg_terminate_backend(pid)) from pg_stat_activity where datname = '$DB' and pid <> pg_backend_pid()" >/dev/null
}
reset() {
  su_psql -c "ALTER DATABASE \"$DB\" RESET log_min_duration_statement"
  end_sessions
  echo "  statement logging of $DB reset" >&2
}
trap reset EXIT
su_psql -c "ALTER DATABASE \"$DB\" SET log_min_duration_statement = 0"
end_sessions

declare -A TOKENS=([lingdao]=$(token lingdao) [huanjing]=$(token huanjing))
request() {  # target query
  local url=$PG5_URL auth=()
  if [ "$1" = lvzhi ]; then
    url=$LV_URL; auth=(-H "Authorization: Bearer ${TOKENS[$([ "$2" = q1dept ] && echo huanjing || echo lingdao)]}")
  fi
  curl -sS -o /dev/null -m 30 "${auth[@]}" -H 'Content-Type: application/json' --data @"$BODIES/$1/$2.json" "$url"
}
CASES="lvzhi:q1 lvzhi:q1dept lvzhi:q2 lvzhi:q3 pg5:q1 pg5:q1dept pg5:q2 pg5:q3"
# the pools reconnect and prepare their statements: first uses are not counted
for c in $CASES; do for _ in 1 2 3; do request "${c%:*}" "${c#*:}"; done; done

echo "target,query,median,per_request" > "$CSV"
for c in $CASES; do
  offset=$(stat -c %s "$LOG")
  for i in $(seq "$N"); do
    su_psql -d "$DB" -c "select 'bench-mark $c $i'" >/dev/null
    request "${c%:*}" "${c#*:}"
    sleep 0.2
  done
  su_psql -d "$DB" -c "select 'bench-mark $c end'" >/dev/null
  # the database's sessions (pools): only their statements count, not the markers' nor other databases' slow queries
  pids=$(su_psql -c "select string_agg(pid::text, ' ') from pg_stat_activity where datname = '$DB'")
  counts=$(tail -c +$((offset + 1)) "$LOG" | awk -v pids=" $pids " '
    /bench-mark/ && /statement: select/ { if (started) printf "%d ", n; n = 0; started = 1; next }
    started && match($0, /\[[0-9]+\] LOG:  duration: [0-9.]+ ms  (execute|statement:)/) {
      pid = substr($0, RSTART + 1); sub(/\].*/, "", pid); if (index(pids, " " pid " ")) n++ }')
  median=$(tr ' ' '\n' <<<"$counts" | grep . | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')
  echo "${c%:*},${c#*:},$median,${counts% }" >> "$CSV"
  printf '  %-14s statements per request: %s\n' "$c" "${counts% }" >&2
done
