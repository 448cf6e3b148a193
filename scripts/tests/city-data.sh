#!/usr/bin/env bash
# The city-data generator on a small scale (`make test`, after the backend tests): copies the migrated test database
# (demo and test cases) with CITY_K=2 replicas 10 days apart (so several replicas put a day into the same month: the
# generator weights the days) and CITY_R=1 copy of the power items into lvzhi_city_gen_t (LVZHI_CITY_TEST_DB), then
# requires three times the cases and one more set of power items, and the rollup the generator derived from shifted
# days to equal the raw computation (case_stat_month_rows) row for row, monthly and yearly, and the case parties it
# shifted to equal case_party_rows. Drops the copy. About 60 s on a loaded 2-core
# machine.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
source "$ROOT/scripts/ports.sh"
SEED="${LVZHI_CITY_TEST_SEED:-lvzhi_test}"
DB="${LVZHI_CITY_TEST_DB:-lvzhi_city_gen_t}"
psql_su() { "$ROOT/scripts/postgres.sh" psql "$@"; }
[[ -n "${LVZHI_CITY_TEST_KEEP:-}" ]] || trap 'psql_su -d postgres -c "drop database if exists $DB" >/dev/null 2>&1 || true' EXIT
before=$(psql_su -d "$SEED" -Atc "select count(*) || ' ' || (select count(*) from list_item where kind = 'POWER') from case_file")
LVZHI_CITY_DB=$DB LVZHI_CITY_SEED="$SEED" CITY_K=2 CITY_SPAN=20 CITY_R=1 "$ROOT/scripts/scale/city-data.sh" >/dev/null
after=$(psql_su -d "$DB" -Atc "select count(*) || ' ' || (select count(*) from list_item where kind = 'POWER') from case_file")
read -r cases items <<<"$before"
[[ "$after" == "$((cases * 3)) $((items * 2))" ]] || { echo "expected $((cases * 3)) cases and $((items * 2)) power items, got $after" >&2; exit 1; }
diff=$(psql_su -d "$DB" -Atc "
  create temp table fresh as select * from case_stat_month_rows('2000-01-01', '2100-01-01');
  select (select count(*) from (select * from fresh except all select * from case_stat_month) x)
       + (select count(*) from (select * from case_stat_month except all select * from fresh) x)
;" | tail -1)
[[ "$diff" == 0 ]] || { echo "the generated rollup differs from the raw computation in $diff rows" >&2; exit 1; }
# the years: the raw months summed per year, the weeks' days per part of a week inside the year (V53)
diff=$(psql_su -d "$DB" -Atc "
  create temp table fresh as
  select case when dim = 4 then greatest(date_trunc('week', day), date_trunc('year', day)) else date_trunc('year', day) end::date,
         viewer_id, dim, area_path, key_id, key_text, sum(cases) c, sum(closed) cl, sum(reopened) ro, sum(dispatches) d,
         sum(replied) rp, sum(on_time) ot, sum(ratings) r, sum(satisfied) s, sum(basically_satisfied) bs,
         sum(unsatisfied) us, sum(visits) v, sum(visit_satisfied) vs, sum(visit_basically_satisfied) vb,
         sum(visit_unsatisfied) vu
  from case_stat_month_rows('2000-01-01', '2100-01-01') group by 1, 2, 3, 4, 5, 6;
  select (select count(*) from (select * from fresh except all select * from case_stat_year) x)
       + (select count(*) from (select * from case_stat_year except all select * from fresh) x)
;" | tail -1)
[[ "$diff" == 0 ]] || { echo "the generated yearly rollup differs from the raw computation in $diff rows" >&2; exit 1; }
parties=$(psql_su -d "$DB" -Atc "
  select (select count(*) from (select * from case_party_rows() except select unit_id, case_id from case_party) x)
       + (select count(*) from (select unit_id, case_id from case_party except select * from case_party_rows()) x)")
[[ "$parties" == 0 ]] || { echo "the generated case parties differ from the raw computation in $parties rows" >&2; exit 1; }
dups=$(psql_su -d "$DB" -Atc "select count(*) - count(distinct code) from case_file")
[[ "$dups" == 0 ]] || { echo "$dups duplicate case codes" >&2; exit 1; }
echo "city-data generator: $after cases/power items, rollup equal to the raw computation"
