#!/usr/bin/env bash
# The whole test suite, as CI runs it: backend API tests against the real PostgreSQL (a fresh database) and the real
# Keycloak, the schema-drift check, the frontend unit tests, and the browser tests in Debian's Chromium against the
# running product, then the short fault suite against that product. Whatever this script starts, it stops again;
# services already running are left running. Ports: scripts/ports.sh (the backend under test listens one above
# LVZHI_HTTP_PORT and LVZHI_MANAGEMENT_PORT, so a product started by `make start` may keep running).
# Usage: scripts/test.sh [all|tools|backend|frontend|e2e]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
source scripts/ports.sh
what="${1:-all}"
MVN="$(scripts/tools.sh maven)"
started=()

cleanup() {
  local rc=$?
  scripts/stack.sh backend-stop >/dev/null 2>&1 || true
  for s in "${started[@]:-}"; do
    [ -n "$s" ] && "scripts/$s.sh" stop || true
  done
  exit $rc
}
trap cleanup EXIT

ensure() { # ensure postgres|keycloak runs (unless an existing one was named), remembering to stop it if we started it
  if [ "$1" = postgres ] && [ "$LVZHI_OWN_POSTGRES" != 1 ]; then return; fi
  if [ "$1" = keycloak ] && [ "$LVZHI_OWN_KEYCLOAK" != 1 ]; then return; fi
  if ! "scripts/$1.sh" status >/dev/null 2>&1; then started+=("$1"); fi
  "scripts/$1.sh" start
}

step() { printf '\n==== %s (%s)\n' "$1" "$(date +%H:%M:%S)"; }

if [ "$what" = all ] || [ "$what" = tools ]; then
  step "every install step installs where its tool is missing, and nothing where it is present"
  scripts/tests/tools-install.sh
  scripts/tests/bench-install.sh
fi

if [ "$what" = all ] || [ "$what" = frontend ] || [ "$what" = e2e ]; then
  scripts/tools.sh node-deps
fi
if [ "$what" = all ] || [ "$what" = e2e ]; then
  scripts/tools.sh chromium >/dev/null
fi

if [ "$what" = all ]; then
  step "the cluster's realm import is generated from the realm file"
  python3 k8s/keycloak/render-realm-import.py --check
  step "the Kubernetes manifests render and validate against the Kubernetes 1.30, CloudNativePG and Keycloak schemas"
  scripts/tests/k8s-manifests.sh
  step "the backend's JVM options: the same in scripts/java.sh and the Deployment, and accepted by both JVMs"
  scripts/tests/jvm-options.sh
fi

if [ "$what" = all ] || [ "$what" = frontend ]; then
  step "frontend: generated types match api-schema, unit tests, type-checked build"
  before="$(mktemp -d)"; cp -r frontend/src/api/generated/. "$before"
  (cd frontend && npm run --silent codegen)
  diff -r "$before" frontend/src/api/generated \
     || { echo "frontend/src/api/generated was stale: 'npm run codegen' regenerated it; commit the result" >&2; exit 1; }
  rm -rf "$before"
  (cd frontend && npm test && npm run --silent build)
fi

if [ "$what" = all ] || [ "$what" = backend ] || [ "$what" = e2e ]; then
  ensure postgres
  ensure keycloak
fi

if [ "$what" = all ] || [ "$what" = backend ]; then
  step "backend: API tests against a fresh database"
  scripts/postgres.sh recreate-db lvzhi_test
  # the class archive (AppCDS) is for the product's start, which the e2e package below builds: none here
  (cd backend && LVZHI_DB_NAME=lvzhi_test "$MVN" -B -ntp verify -Dquarkus.package.jar.appcds.enabled=false \
     -Dquarkus.http.test-port=$((LVZHI_HTTP_PORT + 1)) -Dquarkus.management.test-port=$((LVZHI_MANAGEMENT_PORT + 1)))
  step "the city-data generator on a copy of that database: its rollup, yearly rows and case parties equal the raw ones"
  LVZHI_CITY_TEST_SEED=lvzhi_test scripts/tests/city-data.sh
fi

if [ "$what" = all ] || [ "$what" = e2e ]; then
  step "end to end: the product in headless Chromium"
  [ -f frontend/dist/index.html ] || (cd frontend && npm run --silent build)
  (cd backend && "$MVN" -B -ntp -q -Pspa package -DskipTests)
  scripts/postgres.sh recreate-db lvzhi_e2e
  LVZHI_DB_NAME=lvzhi_e2e scripts/stack.sh backend-start
  (cd frontend && LVZHI_E2E_BASE_URL="http://localhost:$LVZHI_HTTP_PORT" npm run e2e)
fi

if [ "$what" = all ]; then
  step "replicas: two more backends on the e2e database agree, keep idempotency, uniqueness, versions, jobs once"
  LVZHI_DB_NAME=lvzhi_e2e scripts/tests/replicas.sh
  step "the class cache (JDK 25: AOT cache; 17: AppCDS) recorded from a real start, and a strict start reads it"
  LVZHI_DB_NAME=lvzhi_e2e scripts/tests/cds-record.sh
fi

if [ "$what" = all ]; then
  step "faults (short): PostgreSQL killed and Keycloak stopped under load, against the product started above"
  LVZHI_DB_NAME=lvzhi_e2e scripts/faults.sh short
fi
step "all green"
