#!/usr/bin/env bash
# Times computeEvaluationFigures — every computed indicator of a whole round — on the demo data of the running product
# (`make start` first): a scheme using all twelve computations and a round over every department and township of
# 清河区 (the last 120 Beijing days) are created with SQL, the mutation is run BENCH_N times as the demo 编办 (bianban),
# and, as the reference in the same run, each computation's figures are computed again by one hand-written SQL
# statement through psql. Prints the mutation's median and spread, then per computation the reference time and
# whether both give the same sums. The round and scheme are removed at the end. A benchmark, not a test.
# LVZHI_URL (default http://localhost:$LVZHI_HTTP_PORT), LVZHI_KC_URL, LVZHI_DB_NAME (default lvzhi), BENCH_N (default 7).
set -euo pipefail
source "$(dirname "$0")/ports.sh"
URL="${LVZHI_URL:-http://localhost:$LVZHI_HTTP_PORT}"
KC="$LVZHI_KC_URL"
DB="${LVZHI_DB_NAME:-lvzhi}"
N="${BENCH_N:-7}"
export PGPASSWORD="${LVZHI_DB_OWNER_PASSWORD:-lvzhi}"
PSQL=(psql -h "${LVZHI_DB_HOST_PORT%:*}" -p "${LVZHI_DB_HOST_PORT##*:}" -U "${LVZHI_DB_OWNER_USER:-lvzhi}" -d "$DB"
      -v ON_ERROR_STOP=1 -qAtX)

if ! curl -fsS -m 5 -o /dev/null -X POST -H 'Content-Type: application/json' -d '{"query":"{__typename}"}' "$URL/graphql" 2>/dev/null \
    && ! curl -sS -m 5 -o /dev/null "$URL/graphql" 2>/dev/null; then
  echo "nothing answers at $URL: run 'make start' first" >&2
  exit 1
fi
TOKEN=$(curl -fsS -m 10 "$KC/realms/lvzhi/protocol/openid-connect/token" \
  -d grant_type=password -d client_id=lvzhi-cli -d username=bianban -d password=lvzhi2026 | jq -r .access_token)
if [[ -z "$TOKEN" || "$TOKEN" == null ]]; then
  echo "no token from Keycloak at $KC for bianban" >&2
  exit 1
fi

FROM=$(TZ=Asia/Shanghai date -d '120 days ago' +%F)
TO=$(TZ=Asia/Shanghai date +%F)
LEAVES=""
for C in CASE_SATISFACTION_RATE CASE_ON_TIME_RATE REMINDERS_RECEIVED OVERDUE_SIGN_FORS OVERDUE_REPLIES REFUSALS_OVERRULED \
         BOUNDARY_ITEM_ON_TIME_RATE LIST_CLAIM_RATE INSPECTION_COVERAGE GOAL_COMPLETION_RATE TRACKING_RESULT LATE_SUBMISSIONS; do
  LEAVES+=",{\"code\": \"$C\", \"parentCode\": \"B\", \"name\": \"$C\", \"points\": 5, \"source\": \"COMPUTED\",
    \"rule\": {\"kind\": \"DIRECT\"}, \"computation\": {\"name\": \"$C\", \"params\": []}, \"comparable\": false}"
done
DOCUMENT="{\"indicators\": [{\"code\": \"B\", \"name\": \"平台数据\", \"points\": 60, \"comparable\": false}$LEAVES]}"

ROUND=$("${PSQL[@]}" -v doc="$DOCUMENT" -v from="$FROM" -v to="$TO" <<'SQL'
WITH region AS (SELECT path FROM unit WHERE code = 'JZ-QH'),
scheme AS (
  INSERT INTO evaluation_scheme (region_path, year, version_no, name, status, document, total_points, created_by_name)
  SELECT path, 2100, coalesce((SELECT max(version_no) FROM evaluation_scheme WHERE year = 2100), 0) + 1, '基准测试评估标准',
         'ACTIVE', :'doc'::jsonb, 60, 'bench'
  FROM region RETURNING id, region_path),
round AS (
  INSERT INTO evaluation_round (region_path, name, scheme_id, period_kind, period_start, period_end, stage, created_by_name)
  SELECT region_path, '基准测试批次', id, 'QUARTER', :'from'::date, :'to'::date, 'SELF_ASSESSMENT', 'bench' FROM scheme
  RETURNING id),
units AS (
  INSERT INTO evaluation_round_unit (round_id, unit_id, category)
  SELECT round.id, u.id, CASE WHEN u.kind = 'TOWNSHIP' THEN 'TOWNSHIP' ELSE u.category END
  FROM round, unit u
  WHERE u.code ~ '^JZ-QH-(D|T)[0-9]+$' AND (u.kind = 'TOWNSHIP' OR u.category IS NOT NULL)
  RETURNING round_id)
SELECT DISTINCT round_id FROM units;
SQL
)
cleanup() {
  # in one transaction that first waits for a computation still writing (one cut off by the request timeout)
  "${PSQL[@]}" -1 -v r="$ROUND" <<'SQL' >/dev/null
SELECT id FROM evaluation_round WHERE id = :r FOR UPDATE;
DELETE FROM evaluation_score WHERE round_id = :r;
DELETE FROM evaluation_round_unit WHERE round_id = :r;
WITH gone AS (DELETE FROM evaluation_round WHERE id = :r RETURNING scheme_id) DELETE FROM evaluation_scheme WHERE id IN (SELECT scheme_id FROM gone);
SQL
}
trap cleanup EXIT
UNITS=$("${PSQL[@]}" -c "SELECT count(*) FROM evaluation_round_unit WHERE round_id = $ROUND")

BODY=$(jq -cn --arg r "$ROUND" '{query: "mutation($i: ComputeEvaluationFiguresInput!) { computeEvaluationFigures(input: $i) { units indicators figures notApplicable evidenceRows milliseconds } }", variables: {i: {roundId: $r}}}')
echo "computeEvaluationFigures on $URL (database $DB): round $ROUND, $UNITS units of 清河区, 12 computations, period $FROM .. $TO, $N runs"
# one untimed run first: a freshly started JVM still compiles code on it (the computations' queries are prepared at
# start by FiguresWarmUp; the first run is reported, not counted)
WARM=$(curl -sS -m 120 -w '\n%{time_total}' -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$BODY" "$URL/graphql")
echo "warm-up run (not counted): $(tail -1 <<<"$WARM" | awk '{ printf "%.0f ms", $1 * 1000 }'), $(head -1 <<<"$WARM" | jq -c '.data.computeEvaluationFigures // .errors[0].extensions.code')"
RUNS=""
for i in $(seq "$N"); do
  OUT=$(curl -fsS -m 120 -w '\n%{time_total}' -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$BODY" "$URL/graphql")
  if [[ $(head -1 <<<"$OUT" | jq '.errors // [] | length') != 0 ]]; then
    echo "$(head -1 <<<"$OUT" | jq -c .errors)" >&2
    exit 1
  fi
  P=$(head -1 <<<"$OUT" | jq -c .data.computeEvaluationFigures)
  RUNS+="$(tail -1 <<<"$OUT" | awk '{ printf "%.1f", $1 * 1000 }') $(jq .milliseconds <<<"$P")"$'\n'
  [[ $i == 1 ]] && echo "first run: $P"
done
stats() { sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
  printf "median %.1f ms, min %.1f, max %.1f (n=%d)", m, v[1], v[NR], NR }'; }
echo "client round trip:  $(awk 'NF { print $1 }' <<<"$RUNS" | stats)"
echo "server (payload):   $(awk 'NF { print $2 }' <<<"$RUNS" | stats)"

# ---- the reference: one hand-written SQL per computation over the same units and period, timed by psql
U="SELECT unit_id FROM evaluation_round_unit WHERE round_id = $ROUND"
F="('$FROM'::date::timestamp AT TIME ZONE 'Asia/Shanghai')"
T="(('$TO'::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')"
REF=$(cat <<SQL
\timing on
\echo CASE_SATISFACTION_RATE
SELECT count(*) FILTER (WHERE level IN ('SATISFIED','BASICALLY_SATISFIED')), count(*) FROM case_rating
WHERE rated_unit_id IN ($U) AND rated_at >= $F AND rated_at < $T;
\echo CASE_ON_TIME_RATE
SELECT count(*) FILTER (WHERE replied_at <= handle_deadline), count(*) FROM case_dispatch
WHERE to_unit_id IN ($U) AND sent_at >= $F AND sent_at < $T AND status <> 'REFUSED' AND (replied_at IS NOT NULL OR handle_deadline < now());
\echo REMINDERS_RECEIVED
SELECT count(*), NULL FROM case_reminder rm JOIN case_dispatch d ON d.id = rm.dispatch_id
WHERE d.to_unit_id IN ($U) AND rm.created_at >= $F AND rm.created_at < $T;
\echo OVERDUE_SIGN_FORS
SELECT count(*), NULL FROM case_dispatch WHERE to_unit_id IN ($U) AND sent_at >= $F AND sent_at < $T AND status <> 'REFUSED'
  AND (signed_at > sign_deadline OR (signed_at IS NULL AND sign_deadline < now()));
\echo OVERDUE_REPLIES
SELECT count(*), NULL FROM case_dispatch WHERE to_unit_id IN ($U) AND sent_at >= $F AND sent_at < $T AND status <> 'REFUSED'
  AND (replied_at > handle_deadline OR (replied_at IS NULL AND handle_deadline < now()));
\echo REFUSALS_OVERRULED
SELECT count(*), NULL FROM case_dispatch d WHERE d.to_unit_id IN ($U) AND d.status = 'REFUSED' AND d.refused_at >= $F AND d.refused_at < $T
  AND EXISTS (SELECT 1 FROM case_dispute x WHERE x.case_id = d.case_id AND x.status = 'RESOLVED' AND x.resolved_at > d.refused_at
    AND (x.lead_unit_id = d.to_unit_id OR EXISTS (SELECT 1 FROM jsonb_array_elements(x.cooperating -> 'parties') p
                                                 WHERE (p ->> 'unitId')::bigint = d.to_unit_id)));
\echo BOUNDARY_ITEM_ON_TIME_RATE
SELECT count(*) FILTER (WHERE d.replied_at <= d.handle_deadline), count(*) FROM case_dispatch d
JOIN case_file c ON c.id = d.case_id JOIN list_item li ON li.id = c.category_item_id AND li.kind = 'BOUNDARY'
JOIN unit u ON u.id = d.to_unit_id
WHERE d.to_unit_id IN ($U) AND d.sent_at >= $F AND d.sent_at < $T AND d.status <> 'REFUSED'
  AND (d.replied_at IS NOT NULL OR d.handle_deadline < now())
  AND (li.unit_id = d.to_unit_id OR EXISTS (SELECT 1 FROM jsonb_array_elements(li.details -> 'boundary' -> 'cooperating') p
                                            WHERE p ->> 'unitCode' = u.code));
\echo LIST_CLAIM_RATE
SELECT count(*) FILTER (WHERE claimed), count(*) FROM (
  SELECT cc.unit_id, c.catalogue_code, bool_or(coalesce(k.claimed AND k.changed_at < $T, false)) AS claimed
  FROM claim_catalogue cc JOIN list_item c ON c.unit_id = cc.catalogue_unit_id
  LEFT JOIN catalogue_claim k ON k.unit_id = cc.unit_id AND k.catalogue_code = c.catalogue_code
  WHERE cc.unit_id IN ($U) AND c.kind = 'POWER' AND c.status = 'PUBLISHED' AND c.catalogue_code IS NOT NULL
    AND c.power_type IN ('PENALTY','INSPECTION','COERCION','OTHER')
  GROUP BY 1, 2) e;
\echo INSPECTION_COVERAGE
SELECT count(*) FILTER (WHERE EXISTS (SELECT 1 FROM inspection_record r WHERE r.item_id = i.id
                                      AND r.inspected_on BETWEEN '$FROM'::date AND '$TO'::date)), count(*)
FROM list_item i WHERE i.unit_id IN ($U) AND i.kind = 'POWER' AND i.status = 'PUBLISHED' AND i.power_type = 'INSPECTION';
\echo GOAL_COMPLETION_RATE
SELECT coalesce(sum(CASE v.result WHEN 'YES' THEN 1 WHEN 'PARTLY' THEN 0.5 ELSE 0 END), 0), count(*)
FROM duty_goal_milestone m JOIN duty_goal g ON g.id = m.goal_id
LEFT JOIN LATERAL (SELECT result FROM goal_verification gv WHERE gv.milestone_id = m.id
                   ORDER BY gv.verified_on DESC, gv.id DESC LIMIT 1) v ON true
WHERE g.unit_id IN ($U) AND g.status = 'PUBLISHED' AND m.due_on BETWEEN '$FROM'::date AND '$TO'::date;
\echo TRACKING_RESULT
SELECT coalesce(sum(result), 0), 100 * count(*) FROM (
  SELECT round(sum(s.earned) * 100 / sum((ind ->> 'points')::int) FILTER (WHERE NOT s.not_applicable), 1) AS result,
         max(s.scored_at) AS last, count(s.id) AS scored, count(ind) AS indicators
  FROM tracking_round_matter rm JOIN establishment_matter m ON m.id = rm.matter_id JOIN tracking_round tr ON tr.id = rm.round_id
  CROSS JOIN LATERAL jsonb_array_elements(tr.templates -> m.kind) ind
  LEFT JOIN tracking_score s ON s.round_id = rm.round_id AND s.matter_id = m.id AND s.indicator_code = ind ->> 'code'
  WHERE rm.included AND m.unit_id IN ($U)
  GROUP BY rm.id) x
WHERE scored = indicators AND result IS NOT NULL AND last >= $F AND last < $T;
\echo LATE_SUBMISSIONS
SELECT count(*), NULL FROM evaluation_submission WHERE unit_id IN ($U) AND due_at >= $F AND due_at < $T
  AND coalesce(submitted_at, now()) > due_at;
SQL
)
REFOUT=$("${PSQL[@]}" <<<"$REF" | grep -v "^Timing is")
BACKEND=$("${PSQL[@]}" -F ' ' -c "SELECT indicator_code, coalesce(sum(figure_numerator), 0), coalesce(sum(figure_denominator), 0)
  FROM evaluation_score WHERE round_id = $ROUND GROUP BY 1")
printf '\n%-28s %10s %14s %14s %6s\n' computation ref_ms ref_num/den backend_num/den same
TOTAL=0
while read -r NAME; do
  read -r ROW; read -r TIME
  NUM=${ROW%%|*}; DEN=${ROW##*|}; MS=$(awk '{ print $2 }' <<<"$TIME")
  TOTAL=$(awk -v a="$TOTAL" -v b="$MS" 'BEGIN { printf "%.3f", a + b }')
  read -r _ BNUM BDEN <<<"$(grep "^$NAME " <<<"$BACKEND" || echo "$NAME 0 0")"
  SAME=$(awk -v a="$NUM" -v b="$BNUM" -v c="${DEN:-0}" -v d="$BDEN" 'BEGIN { print (a + 0 == b + 0 && c + 0 == d + 0) ? "yes" : "NO" }')
  printf '%-28s %10.1f %14s %14s %6s\n' "$NAME" "$MS" "$NUM/${DEN:--}" "$BNUM/$BDEN" "$SAME"
done <<<"$REFOUT"
printf '%-28s %10.1f\n' "all twelve (reference SQL)" "$TOTAL"
