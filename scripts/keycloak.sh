#!/usr/bin/env bash
# Keycloak of the local runtime: the Maven Central distribution under .tools/, port 8180, the project's realm
# imported from k8s/keycloak/. Its dev-file database (inside the distribution's data/ folder) is reset whenever
# the realm file changes or .run/ was removed, so the running realm always equals the committed one.
# Usage: scripts/keycloak.sh start | stop | status | wait
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PORT="${LVZHI_KC_PORT:-8180}"
RUN="$ROOT/.run/keycloak"
REALM_FILE="$ROOT/k8s/keycloak/lvzhi-realm.json"
URL="http://localhost:$PORT"

running() { [ -f "$RUN/pid" ] && kill -0 "$(cat "$RUN/pid")" 2>/dev/null; }
ready() { curl -fsS -o /dev/null "$URL/realms/lvzhi/.well-known/openid-configuration" 2>/dev/null; }

wait_ready() {
  for _ in $(seq 1 180); do
    ready && { echo "Keycloak on $URL" >&2; return 0; }
    running || { echo "Keycloak exited; see $RUN/keycloak.log" >&2; tail -30 "$RUN/keycloak.log" >&2; exit 1; }
    sleep 1
  done
  echo "Keycloak did not become ready in 180 s; see $RUN/keycloak.log" >&2; exit 1
}

start() {
  if running; then wait_ready; return; fi
  local kc; kc="$("$ROOT/scripts/tools.sh" keycloak)"
  mkdir -p "$RUN" "$kc/data/import"
  local stamp; stamp="$(sha256sum "$REALM_FILE" | cut -d' ' -f1)"
  if [ "$(cat "$RUN/realm.sha256" 2>/dev/null)" != "$stamp" ]; then
    rm -rf "$kc/data/h2"
    echo "$stamp" > "$RUN/realm.sha256"
  fi
  cp "$REALM_FILE" "$kc/data/import/lvzhi-realm.json"
  echo "starting Keycloak (first start builds it, about 40 s)" >&2
  (
    cd "$RUN"
    export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
    export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}"
    setsid "$kc/bin/kc.sh" start-dev --http-port "$PORT" --hostname "$URL" --import-realm \
      > "$RUN/keycloak.log" 2>&1 < /dev/null &
    echo $! > "$RUN/pid"
  )
  wait_ready
}

stop() {
  if running; then
    local pid; pid="$(cat "$RUN/pid")"
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid"
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -KILL -- "-$pid" 2>/dev/null || true
    echo "Keycloak stopped" >&2
  fi
  rm -f "$RUN/pid"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) if running; then echo running; else echo stopped; exit 1; fi ;;
  wait) wait_ready ;;
  *) echo "usage: $0 start|stop|status|wait" >&2; exit 2 ;;
esac
