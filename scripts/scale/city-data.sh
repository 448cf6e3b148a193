#!/usr/bin/env bash
# `make city-data`: the city-scale data set (issue 15, scale) in its own database, never the product's `lvzhi`:
# the demo replicated to >= 1 M cases with their dispatches and ratings, plus ~25k power items, and the statistics
# rollup filled (scripts/scale/replicate.sql says how). It starts from a migrated database with the demo data, the
# seed: made once by starting the built backend on an empty database (it migrates and loads the demo), kept for the
# next run, and copied (createdb -T) into the target, which is replaced.
# LVZHI_CITY_DB (default lvzhi_city), LVZHI_CITY_SEED (default lvzhi_city_seed), CITY_K replicas of the demo cases
# (default 267: 268 x 3,745 = 1.0 M cases), CITY_SPAN days they spread over (default 961: with the demo's 120 days,
# inside the statistics' three-year limit), CITY_R copies of the power items (default 27: 28 x 904 = 25.3k).
# LVZHI_CITY_RESEED=1 makes the seed anew; a seed not migrated to this checkout's newest migration is made anew.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
source "$ROOT/scripts/ports.sh"
DB="${LVZHI_CITY_DB:-lvzhi_city}"
SEED="${LVZHI_CITY_SEED:-lvzhi_city_seed}"
K="${CITY_K:-267}"
SPAN="${CITY_SPAN:-961}"
R="${CITY_R:-27}"
if [[ "$DB" == lvzhi || "$SEED" == lvzhi ]]; then
  echo "refusing to write into the product's database lvzhi" >&2
  exit 2
fi
psql_su() { "$ROOT/scripts/postgres.sh" psql "$@"; }
START=$(date +%s)

# the newest migration of this checkout: a seed migrated to an older one lacks its tables or rows (case_party, the
# yearly rollup…) and is made anew
NEWEST=$(ls "$ROOT/backend/src/main/resources/db/migration" | sed -n 's/^V\([0-9]*\)__.*/\1/p' | sort -n | tail -1)
if [[ "${LVZHI_CITY_RESEED:-0}" == 1 ]] || ! psql_su -d "$SEED" -Atc "select max(cast(version as int)) >= $NEWEST
      and exists (select 1 from case_file) from flyway_schema_history where version is not null" 2>/dev/null | grep -q t; then
  echo "== seed $SEED: migrating and loading the demo with the built backend"
  "$ROOT/scripts/postgres.sh" recreate-db "$SEED"
  LVZHI_DB_NAME="$SEED" "$ROOT/scripts/stack.sh" backend-start
  LVZHI_DB_NAME="$SEED" "$ROOT/scripts/stack.sh" backend-stop
  START=$(date +%s) # the seed is made once; the budget is the generation
fi

echo "== $DB: a copy of $SEED, then $K replicas of the demo cases and $R of the power items"
# owned by the owner role, as the seed is: the product migrates the copy when it starts (a new migration)
psql_su -d postgres -qc "drop database if exists $DB" -c "create database $DB owner ${LVZHI_DB_OWNER_USER:-lvzhi} template $SEED"
psql_su -d "$DB" -v ON_ERROR_STOP=1 -v K="$K" -v SPAN="$SPAN" -v R="$R" -f "$ROOT/scripts/scale/replicate.sql"
echo "== $DB ready in $(( $(date +%s) - START )) s"
