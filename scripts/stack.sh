#!/usr/bin/env bash
# The whole local product: PostgreSQL, Keycloak and the backend (serving the SPA).
# Usage: scripts/stack.sh run | start | stop | status | backend-start | backend-stop | backend-record-cds
# Ports: LVZHI_PG_PORT, LVZHI_KC_PORT, LVZHI_HTTP_PORT, LVZHI_MANAGEMENT_PORT (see scripts/ports.sh). Set
# LVZHI_DB_HOST_PORT (+ LVZHI_DB_NAME, LVZHI_DB_USER, LVZHI_DB_PASSWORD) to use an existing PostgreSQL, and
# LVZHI_OIDC_URL (+ LVZHI_PUBLIC_OIDC_BASE) to use an existing Keycloak.
# LVZHI_DB_USER is the service's role; the owner the migrations run as is LVZHI_DB_OWNER_USER/_PASSWORD.
# Several backends on one database: LVZHI_REPLICAS=N (run, start) starts N of them; LVZHI_REPLICA=K (backend-start,
# backend-stop) picks one. Replica K listens on LVZHI_HTTP_PORT and LVZHI_MANAGEMENT_PORT plus (K-1) x
# LVZHI_REPLICA_PORT_STEP (10: replica 2 on 8090/9090), keeps .run/backend-K.pid and .run/backend-K.log (replica 1:
# .run/backend.pid, .run/backend.log) and its own audit checkpoint file; stop and status cover all of them.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
RUN="$ROOT/.run"
source "$ROOT/scripts/ports.sh"
source "$ROOT/scripts/java.sh"
JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
JAVA="$(lvzhi_java "$(dirname "$JAR")")"
REPLICAS="${LVZHI_REPLICAS:-1}"
STEP="${LVZHI_REPLICA_PORT_STEP:-10}"
mkdir -p "$RUN"

own_postgres() { [ "$LVZHI_OWN_POSTGRES" = 1 ]; }
own_keycloak() { [ "$LVZHI_OWN_KEYCLOAK" = 1 ]; }

# replica K: sets its ports and the names of its pid and log files
replica() {
  REPLICA="$1"
  PORT=$((LVZHI_HTTP_PORT + (REPLICA - 1) * STEP))
  MANAGEMENT_PORT=$((LVZHI_MANAGEMENT_PORT + (REPLICA - 1) * STEP))
  if [ "$REPLICA" = 1 ]; then NAME=backend; else NAME="backend-$REPLICA"; fi
  PID_FILE="$RUN/$NAME.pid"
  LOG=".run/$NAME.log"
}
replica "${LVZHI_REPLICA:-1}"

# the JVM and its options: scripts/java.sh (LVZHI_JAVA_HOME, LVZHI_JAVA_OPTS)
java_opts() { lvzhi_java_opts "$JAVA" "$(dirname "$JAR")"; }

backend_running() { [ -f "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null; }

services_start() {
  if own_postgres; then "$ROOT/scripts/postgres.sh" start; fi
  if own_keycloak; then "$ROOT/scripts/keycloak.sh" start; fi
}

backend_start() {
  backend_running && { echo "$NAME already running (pid $(cat "$PID_FILE"))" >&2; return; }
  if curl -s -o /dev/null "http://localhost:$PORT/"; then
    echo "port $PORT is taken by another process; stop it first" >&2; exit 1
  fi
  [ -f "$JAR" ] || { echo "backend not built: run make build" >&2; exit 1; }
  # replica K > 1 names its audit checkpoint file (and its job claims) apart from replica 1's
  local instance=()
  [ "$REPLICA" = 1 ] || instance=(LVZHI_AUDIT_CHECKPOINT_INSTANCE="${LVZHI_AUDIT_CHECKPOINT_INSTANCE:-local}-$REPLICA")
  # the key signing the audit checkpoints: generated once for this checkout (a deployment brings its own)
  [ -f "$RUN/audit-checkpoint.key" ] || (umask 077; head -c 48 /dev/urandom | base64 | tr -d '/+=\n' > "$RUN/audit-checkpoint.key")
  LVZHI_AUDIT_CHECKPOINT_KEY="${LVZHI_AUDIT_CHECKPOINT_KEY:-$(cat "$RUN/audit-checkpoint.key")}" \
  LVZHI_AUDIT_CHECKPOINT_DIR="${LVZHI_AUDIT_CHECKPOINT_DIR:-$RUN/audit-checkpoints/${LVZHI_DB_NAME:-lvzhi}}" \
  LVZHI_HTTP_PORT="$PORT" LVZHI_MANAGEMENT_PORT="$MANAGEMENT_PORT" \
  env "${instance[@]}" setsid bash -c 'cd "$1" && shift && exec "$@" -jar quarkus-run.jar' - "$(dirname "$JAR")" "$JAVA" $(java_opts) > "$ROOT/$LOG" 2>&1 < /dev/null &
  echo $! > "$PID_FILE"
  local wait_s="${LVZHI_READY_TIMEOUT:-120}" # readiness includes Keycloak: a backend started before it waits for it
  for _ in $(seq 1 "$wait_s"); do
    if curl -fs -o /dev/null "http://localhost:$MANAGEMENT_PORT/q/health/ready"; then echo "$NAME on http://localhost:$PORT ($JAVA)" >&2; return; fi
    backend_running || { echo "$NAME exited; see $LOG" >&2; tail -30 "$ROOT/$LOG" >&2; exit 1; }
    sleep 1
  done
  echo "$NAME did not become ready in $wait_s s; see $LOG" >&2; exit 1
}

# Records the class cache the starts read (scripts/java.sh: quarkus-app/app.aot on JDK 25 and later, app-cds.jsa before)
# from a real start: all that a start and its warm-up load (Hibernate, Vert.x, the GraphQL engine, the request paths),
# and on JDK 25 the classes linked and the methods' profiles too, so the JIT compiles them early (issue 15). The build's
# app-cds.jsa holds only the classes loaded up to the application's static init (it runs without a database), and a
# JDK 25 has no cache until this runs. Needs the database and Keycloak, as backend-start does; a new build needs it again.
backend_record_cds() {
  backend_running && { echo "$NAME is running: stop it first" >&2; exit 1; }
  JAVA="$(lvzhi_java)" # the newest JDK, whose cache is recorded (the starts take it up once it is there)
  local app cache recorded; app="$(dirname "$JAR")" cache="$(lvzhi_java_cache "$JAVA")"
  recorded="${cache%.*}.recorded.${cache##*.}"
  rm -f "$app/$recorded"
  LVZHI_JAVA_OPTS="$(lvzhi_java_record_opts "$JAVA" "$recorded")" backend_start
  local pid; pid="$(cat "$PID_FILE")"
  kill -TERM "$pid"  # the JVM writes the cache as it exits (JDK 25: a child process assembles it, ~20-40 s)
  for _ in $(seq 1 600); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  rm -f "$PID_FILE"
  [ -s "$app/$recorded" ] || { echo "no class cache recorded; see $LOG" >&2; exit 1; }
  mv -f "$app/$recorded" "$app/$cache"
  echo "class cache recorded for $JAVA: $app/$cache ($(du -m "$app/$cache" | cut -f1) MB)" >&2
}

backend_stop() {
  if backend_running; then
    local pid; pid="$(cat "$PID_FILE")"
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -KILL "$pid" 2>/dev/null || true
    echo "$NAME stopped" >&2
  fi
  rm -f "$PID_FILE"
}

# every replica with a pid file (replica 1 first), or the first LVZHI_REPLICAS
started_replicas() {
  echo 1
  for f in "$RUN"/backend-*.pid; do [ -f "$f" ] && basename "$f" .pid | cut -d- -f2; done | sort -n
}
backends_start() { for k in $(seq 1 "$REPLICAS"); do replica "$k"; backend_start; done; replica 1; }
backends_stop() { for k in $(started_replicas); do replica "$k"; backend_stop; done; replica 1; }

banner() {
  cat <<TXT

  履职 Lvzhi is running:  http://localhost:$PORT
  Keycloak:               $LVZHI_PUBLIC_OIDC_BASE (admin console: admin / admin)
  GraphQL:                http://localhost:$PORT/graphql
  Health, metrics:        http://localhost:$MANAGEMENT_PORT/q/health  /q/metrics$(for k in $(seq 2 "$REPLICAS"); do
    printf '\n  Replica %s:              http://localhost:%s  (health %s)' "$k" $((PORT + (k - 1) * STEP)) $((MANAGEMENT_PORT + (k - 1) * STEP))
  done)

  Demo accounts (password lvzhi2026):
    bianban     编办 establishment office   清河区委编办
    bianwei     编委 committee              清河区委机构编制委员会
    zhihui      指挥中心 command centre      清河区综合信息指挥中心
    zhihuishi   指挥中心 command centre      清河街道综合信息指挥室
    huanjing    部门 department             清河区生态环境局
    chengguan   部门 department             清河区城市管理局
    zhenjie     镇街 township               清河街道
    wanggeyuan  网格员 grid worker (phone)   清河社区第1网格
    jiwei       纪委监委 discipline          清河区纪委监委
    zuzhibu     组织部 organisation          清河区委组织部
    lingdao     领导 leader                 江州市清河区人民政府
    lvzhi-hotline (client credentials, secret lvzhi-hotline-demo-secret): 12345 热线

TXT
}

stop_all() {
  backends_stop
  if own_keycloak; then "$ROOT/scripts/keycloak.sh" stop; fi
  if own_postgres; then "$ROOT/scripts/postgres.sh" stop; fi
}

case "${1:-}" in
  start) services_start; backends_start; banner ;;
  run)
    services_start
    trap 'echo; stop_all; exit 0' INT TERM
    backends_start
    banner
    echo "  Ctrl-C stops all three." >&2
    while backend_running; do sleep 1; done
    echo "backend exited; see .run/backend.log" >&2
    stop_all
    ;;
  stop) stop_all ;;
  status)
    echo "postgres: $("$ROOT/scripts/postgres.sh" status || true)"
    echo "keycloak: $("$ROOT/scripts/keycloak.sh" status || true)"
    for k in $(started_replicas); do
      replica "$k"
      if backend_running; then echo "$NAME: running on $PORT"; else echo "$NAME: stopped"; fi
    done ;;
  backend-start) backend_start ;;
  backend-stop) backend_stop ;;
  backend-record-cds) backend_record_cds ;;
  *) echo "usage: $0 run|start|stop|status|backend-start|backend-stop|backend-record-cds" >&2; exit 2 ;;
esac
