#!/usr/bin/env bash
# The database's own ceiling for the write path, without the product: pgbench (PostgreSQL's own tool, beside psql)
# runs one-row transactions from BENCH_WRITE_CLIENTS clients on the product's database, three ways —
#   plain:   insert a row and commit (commits of concurrent clients share a WAL flush: group commit);
#   counter: the same behind an upsert of one per-day counter row, as a case code is drawn (the row stays locked
#            until the commit, so commits queue one by one, each with its own WAL flush);
#   chain:   a row of the real audit trail (its trigger takes the chain's lock, held until the commit).
# A write path that holds such a lock through its commit cannot pass the "counter"/"chain" figure however fast the
# server is. The scratch tables are dropped afterwards; the chain run's rows (action BENCH_CEILING) stay in the audit
# trail, correctly chained, like the bench's cases stay in the database.
# Usage: writes-ceiling.sh OUT   → OUT/writes-ceiling.json and one line on stderr
set -euo pipefail
source "$(dirname "$0")/lib.sh"
OUT=$1 S="$1/ceiling"; mkdir -p "$S"
PGBENCH=$(type -P pgbench || ls /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | tail -1)
[ -x "$PGBENCH" ] || { echo "  pgbench not found (it comes with PostgreSQL's server package): ceiling not measured" >&2; exit 0; }
SECONDS_EACH="${BENCH_CEILING_SECONDS:-8}" CLIENTS="${BENCH_WRITE_CLIENTS:-16}"

db_psql -c "create table bench_ceiling_row (id bigserial primary key, body jsonb);
            create table bench_ceiling_counter (day date primary key, last int not null)"
trap 'db_psql -c "drop table if exists bench_ceiling_row, bench_ceiling_counter" || true' EXIT
cat > "$S/plain.sql" <<'SQL'
BEGIN;
INSERT INTO bench_ceiling_row (body) VALUES ('{"bench": "ceiling"}');
COMMIT;
SQL
cat > "$S/counter.sql" <<'SQL'
BEGIN;
INSERT INTO bench_ceiling_counter (day, last) VALUES (current_date, 1)
    ON CONFLICT (day) DO UPDATE SET last = bench_ceiling_counter.last + 1;
INSERT INTO bench_ceiling_row (body) VALUES ('{"bench": "ceiling"}');
COMMIT;
SQL
cat > "$S/chain.sql" <<'SQL'
BEGIN;
INSERT INTO audit_event (actor_subject, actor_name, actor_unit, action, entity_type, entity_id, before_state, after_state)
VALUES ('bench', '压测', NULL, 'BENCH_CEILING', 'Bench', :client_id, NULL, '{"bench": "ceiling"}');
COMMIT;
SQL
tps() {
  PGPASSWORD="$DB_PASSWORD" "$PGBENCH" -h "$PG_HOST" -p "$PG_PORT" -U "$DB_USER" -n -c "$CLIENTS" -j 2 -T "$SECONDS_EACH" \
    -f "$S/$1.sql" "$DB" 2>&1 | awk '/^tps/ {printf "%.0f", $3}'
}
plain=$(tps plain) counter=$(tps counter) chain=$(tps chain)
jq -n --arg p "$plain" --arg c "$counter" --arg a "$chain" --arg n "$CLIENTS" \
  '{clients: ($n | tonumber), plain_tps: ($p | tonumber), counter_tps: ($c | tonumber), chain_tps: ($a | tonumber)}' \
  | tee "$OUT/writes-ceiling.json" | jq -c . >&2
