#!/usr/bin/env bash
# The class cache recorded from a real start (scripts/stack.sh backend-record-cds, issue 15 start-up), on the JVM
# scripts/java.sh picks: on JDK 25 and later the AOT cache quarkus-app/app.aot, before it the AppCDS archive app-cds.jsa
# (larger than the build's). A start that refuses to run without its cache (-XX:AOTMode=on: "if AOTCache cannot be
# used, the JVM reports an error and exits"; -Xshare:on likewise) becomes ready on the recorded one, and refuses a
# broken copy of it; that start leaves Flyway out (the database is migrated). Runs as replica LVZHI_CDS_REPLICA (default 4: its own ports and pid file) on LVZHI_DB_NAME, beside
# whatever else runs there. Needs the built jar, PostgreSQL and Keycloak. A recording and two starts, ~1 min.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
source scripts/ports.sh
source scripts/java.sh
: "${LVZHI_DB_NAME:?name the database (LVZHI_DB_NAME)}"
export LVZHI_REPLICA="${LVZHI_CDS_REPLICA:-4}"
APP="$ROOT/backend/target/quarkus-app"
JAVA=$(lvzhi_java)
CACHE=$(lvzhi_java_cache "$JAVA")
echo "JVM: $JAVA (version $(lvzhi_java_version "$JAVA")), cache $CACHE"
before=$(stat -c %s "$APP/$CACHE" 2>/dev/null || echo 0)
stamp=$(mktemp); trap 'scripts/stack.sh backend-stop >/dev/null 2>&1 || true; rm -f "$APP/broken.$CACHE" "$APP/broken.out" "$stamp"' EXIT
scripts/stack.sh backend-record-cds
after=$(stat -c %s "$APP/$CACHE")
failures=0
if ! [ "$APP/$CACHE" -nt "$stamp" ]; then echo "FAIL  $CACHE was not written by the recording"; failures=1
elif [ "$CACHE" = app.aot ]; then echo "ok    recorded AOT cache: $((after / 1048576)) MB"
elif [ "$after" -gt "$before" ]; then echo "ok    recorded archive: $((after / 1048576)) MB (the build's: $((before / 1048576)) MB)"
else echo "FAIL  the recorded archive ($after bytes) is not larger than the build's ($before bytes)"; failures=1; fi
strict=$(lvzhi_java_strict_opts "$JAVA")
# a broken copy (its header zeroed) must stop a strict JVM as it initialises (-version: nothing of the application runs)
{ head -c 4096 /dev/zero; tail -c +4097 "$APP/$CACHE"; } > "$APP/broken.$CACHE"
if (cd "$APP" && "$JAVA" ${strict//=$CACHE/=broken.$CACHE} -cp quarkus-run.jar -version > "$APP/broken.out" 2>&1); then
  echo "FAIL  a strict JVM ran on a broken cache"; failures=1
elif grep -qi 'bad magic number' "$APP/broken.out"; then
  echo "ok    refused: a strict JVM on a broken cache ($(grep -m1 -i 'bad magic number' "$APP/broken.out" | sed 's/^\[[^]]*\]\[[^]]*\]\[[^]]*\] *//'))"
else echo "FAIL  a strict JVM on a broken cache stopped for another reason: $(head -3 "$APP/broken.out")"; failures=1; fi
if LVZHI_JAVA_OPTS="$strict" scripts/stack.sh backend-start; then echo "ok    a strict start reads the recorded cache and becomes ready"
else echo "FAIL  a strict start did not become ready on the recorded cache"; failures=1; fi
# the packaged jar finds its migrations applied (common/SchemaMigrations reads them from the jar) and leaves Flyway out
if grep -q "Flyway not needed" ".run/backend-$LVZHI_REPLICA.log"; then echo "ok    that start found the jar's migrations applied and left Flyway out"
else echo "FAIL  that start ran Flyway on a migrated database: $(grep -m1 'Flyway runs' ".run/backend-$LVZHI_REPLICA.log")"; failures=1; fi
exit "$failures"
