#!/usr/bin/env bash
# The read runs, called by bench.sh. Closed loop: REPS × each query × the targets in turn (lvzhi, pg5, sql), so a
# disturbance of the shared machine hits all three alike; a warm-up of each target and query in the first repetition
# (the JIT, the pools, the caches). Then a fixed rate of half the weaker GraphQL target's closed-loop maximum, p99.
# Usage: reads.sh BODIES OUT   (env from bench.sh: BENCH_QUERIES, BENCH_CONCS, BENCH_REPS, BENCH_SECONDS, BENCH_WARM,
#        BENCH_RATE_SECONDS, BENCH_PARAMS)   → OUT/reads.csv, OUT/rate.csv
set -euo pipefail
source "$(dirname "$0")/lib.sh"
BODIES=$1 OUT=$2
LV_PORT=$(sed -E 's#^[a-z]+://[^:/]+:?([0-9]*).*#\1#' <<<"$LV_BASE"); LV_PORT=${LV_PORT:-80}
PG5_PID=$(listener_pid "$PG5_PORT"); LV_PID=$(listener_pid "$LV_PORT")
[ -n "$LV_PID" ] || echo "  Lvzhi does not listen on this machine's port $LV_PORT: its CPU is not measured" >&2
READS=$OUT/reads.csv RATE=$OUT/rate.csv
echo "target,query,conc,rep,rps,p50_ms,p99_ms,errors,reqs,server_cs,pg_cs,busy_cs,wall_s" > "$READS"
echo "target,query,rate,rps,p50_ms,p99_ms,errors,reqs,server_cs,pg_cs,busy_cs,wall_s" > "$RATE"
PGBENCH_PARAMS=(); for p in $BENCH_PARAMS; do PGBENCH_PARAMS+=(-D "$p"); done

user_of() { [ "$1" = q1dept ] && echo huanjing || echo lingdao; }
url_of() { [ "$1" = lvzhi ] && echo "$LV_URL" || echo "$PG5_URL"; }
pid_of() { [ "$1" = lvzhi ] && echo "$LV_PID" || echo "$PG5_PID"; }
token_of() { [ "$1" = lvzhi ] && token "$(user_of "$2")" || true; }  # PostGraphile takes no token
field() { sed -n "s/.* $1=\([0-9.]*\).*/\1/p" <<<"$2"; }
figures() { echo "$(field rps "$1"),$(field p50_ms "$1"),$(field p99_ms "$1"),$(field errors "$1"),$(field "$2" "$1")"; }
cpu_csv() { echo "$CPU_SERVER,$CPU_PG,$CPU_BUSY,$CPU_WALL"; }

wrk_run() {  # target query conc seconds → the RESULT line
  TOKEN=$(token_of "$1" "$2") wrk -t2 -c"$3" -d"$4"s --timeout 10s -s "$BENCH/graphql.lua" "$(url_of "$1")" \
    -- "$BODIES/$1/$2.json" | grep '^RESULT'
}

closed_loop() {  # target query conc rep
  local line; cpu_begin "$(pid_of "$1")"; line=$(wrk_run "$1" "$2" "$3" "$BENCH_SECONDS"); cpu_end
  echo "$1,$2,$3,$4,$(figures "$line" reqs),$(cpu_csv)" | tee -a "$READS" >&2
}

pgbench_run() {  # query conc seconds [log prefix]
  PGPASSWORD="$DB_PASSWORD" pgbench -n -M prepared -c "$2" -j 2 -T "$3" -f "$BENCH/sql/$1.sql" "${PGBENCH_PARAMS[@]}" \
    ${4:+-l --log-prefix="$4"} -h "$PG_HOST" -p "$PG_PORT" -U "$DB_USER" "$DB" 2>&1
}

sql_loop() {  # query conc rep: pgbench of the hand-written SQL, the database's own limit; latencies from its log
  local o tps failed pct; rm -f "$OUT"/pgb.*
  cpu_begin ""; o=$(pgbench_run "$1" "$2" "$BENCH_SECONDS" "$OUT/pgb"); cpu_end
  tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' <<<"$o")
  failed=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' <<<"$o")
  # no transaction at all (e.g. 64 connections still authenticating when a short run ends): a failed run, not the end
  if [ -z "$tps" ] || grep -q 'actually processed: 0$' <<<"$o"; then
    echo "  pgbench $1 c=$2 ran no transaction: $(grep -iE 'error|fatal' <<<"$o" | head -1)" >&2; tps=0 failed=1
  fi
  pct=$(cat "$OUT"/pgb.* | awk '{print $3}' | sort -n | awk '{a[NR] = $1}
    END {printf "%.2f,%.2f,%d", a[int(NR * .5) + 1] / 1000, a[int(NR * .99) + 1] / 1000, NR}')
  rm -f "$OUT"/pgb.*
  echo "sql,$1,$2,$3,$tps,${pct%,*},${failed:-0},${pct##*,},$(cpu_csv)" | tee -a "$READS" >&2
}

for rep in $(seq "$BENCH_REPS"); do
  echo "repetition $rep of $BENCH_REPS" >&2
  for q in $BENCH_QUERIES; do
    for t in lvzhi pg5 sql; do
      if [ "$rep" = 1 ] && [ "$BENCH_WARM" -gt 0 ]; then
        if [ $t = sql ]; then pgbench_run "$q" 8 "$BENCH_WARM" >/dev/null
        else echo "  warm-up $t $q: $(wrk_run $t "$q" 16 "$BENCH_WARM")" >&2; fi
      fi
      for c in $BENCH_CONCS; do if [ $t = sql ]; then sql_loop "$q" "$c" "$rep"; else closed_loop $t "$q" "$c" "$rep"; fi; done
    done
  done
done

[ "$BENCH_RATE_SECONDS" -gt 0 ] || exit 0
echo "fixed rate: half the weaker GraphQL target's closed-loop maximum, $BENCH_RATE_SECONDS s each" >&2
median_rps() {  # target query conc
  awk -F, -v t="$1" -v q="$2" -v c="$3" '$1 == t && $2 == q && $3 == c {print $5}' "$READS" | sort -n \
    | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'
}
c=$(awk '{print $1}' <<<"$BENCH_CONCS")
for q in $BENCH_QUERIES; do
  # half the weaker target's median maximum: both can sustain it, so the p99 shows queueing, not overload
  rate=$(for t in lvzhi pg5; do median_rps $t "$q" "$c"; done | sort -n | head -1 | awk '{printf "%d", $1 / 2}')
  [ "$rate" -gt 0 ] || { echo "  $q: no closed-loop figure to derive a rate from" >&2; continue; }
  for t in lvzhi pg5; do
    cpu_begin "$(pid_of $t)"
    line=$(TOKEN=$(token_of $t "$q") "$NODE" "$BENCH/rate.mjs" "$(url_of $t)" "$BODIES/$t/$q.json" \
      "$rate" "$BENCH_RATE_SECONDS")
    cpu_end
    [[ "$line" != *error_kinds=* ]] || echo "  $t $q at $rate/s failed: ${line##* error_kinds=}" >&2
    echo "$t,$q,$rate,$(figures "$line" sent),$(cpu_csv)" | tee -a "$RATE" >&2
  done
done
