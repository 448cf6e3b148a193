#!/usr/bin/env bash
# The class archive recorded from a real start (scripts/stack.sh backend-record-cds, issue 15 footprint): it replaces
# the build's quarkus-app/app-cds.jsa with a larger one, and a start with -Xshare:on (which refuses to run on an
# archive it cannot map) becomes ready with it. Runs as replica LVZHI_CDS_REPLICA (default 4: its own ports and pid
# file) on LVZHI_DB_NAME, beside whatever else runs there. Needs the built jar, PostgreSQL and Keycloak. Two starts, ~1 min.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
source scripts/ports.sh
: "${LVZHI_DB_NAME:?name the database (LVZHI_DB_NAME)}"
export LVZHI_REPLICA="${LVZHI_CDS_REPLICA:-4}"
ARCHIVE=backend/target/quarkus-app/app-cds.jsa
trap 'scripts/stack.sh backend-stop >/dev/null 2>&1 || true' EXIT
before=$(stat -c %s "$ARCHIVE" 2>/dev/null || echo 0)
scripts/stack.sh backend-record-cds
after=$(stat -c %s "$ARCHIVE")
failures=0
if [ "$after" -gt "$before" ]; then echo "ok    recorded archive: $((after / 1048576)) MB (the build's: $((before / 1048576)) MB)"
else echo "FAIL  the recorded archive ($after bytes) is not larger than the build's ($before bytes)"; failures=1; fi
opts=$(sed -n 's/.*\${LVZHI_JAVA_OPTS:-\([^}]*\)}.*/\1/p' scripts/stack.sh | head -1)
if LVZHI_JAVA_OPTS="${opts/-Xshare:auto/-Xshare:on}" scripts/stack.sh backend-start; then echo "ok    a start with -Xshare:on maps the recorded archive and becomes ready"
else echo "FAIL  a start with -Xshare:on did not become ready on the recorded archive"; failures=1; fi
exit "$failures"
