#!/usr/bin/env bash
# The private PostgreSQL cluster of the local runtime: .run/postgres, port 55432, kept between runs.
# PostgreSQL refuses to run as root, so as root the cluster belongs to the unprivileged OS user 'postgres'
# (Debian's package creates it) or, failing that, 'lvzhi'.
# Two roles: the owner (lvzhi) owns the databases and runs the migrations; the service runs as lvzhi_app, which
# owns nothing and may only INSERT/SELECT the audit trail (the grants come from the migrations).
# Usage: scripts/postgres.sh start | stop | status | destroy | recreate-db NAME | psql [args]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PORT="${LVZHI_PG_PORT:-55432}"
OWNER_USER="${LVZHI_DB_OWNER_USER:-lvzhi}"
OWNER_PASSWORD="${LVZHI_DB_OWNER_PASSWORD:-lvzhi}"
APP_USER="${LVZHI_DB_USER:-lvzhi_app}"
APP_PASSWORD="${LVZHI_DB_PASSWORD:-lvzhi_app}"
# Debian's server binaries, newest major first; `|| true` because under pipefail a failing ls (none installed yet)
# would end the script before it installs them.
PG_LIB="${LVZHI_PG_LIB:-/usr/lib/postgresql}"
pg_bin() { ls -d "$PG_LIB"/*/bin 2>/dev/null | sort -V | tail -1 || true; }
BIN="$(pg_bin)"
[ -n "$BIN" ] || { echo "PostgreSQL binaries not found; installing from Debian" >&2;
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2;
  BIN="$(pg_bin)"; [ -n "$BIN" ] || { echo "no PostgreSQL binaries under $PG_LIB after the install" >&2; exit 1; }; }

OS_USER=""
if [ "$(id -u)" = 0 ]; then
  if id postgres >/dev/null 2>&1; then OS_USER=postgres
  else id lvzhi >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin lvzhi; OS_USER=lvzhi; fi
fi
as_owner() { if [ -n "$OS_USER" ]; then runuser -u "$OS_USER" -- "$@"; else "$@"; fi; }

# The data folder lives in .run/postgres; when the OS user cannot reach the checkout (e.g. under /root),
# the data lives in /var/lib/lvzhi/<hash> and .run/postgres is a link to it.
DATA="$ROOT/.run/postgres"
prepare_data_dir() {
  mkdir -p "$ROOT/.run"
  [ -e "$DATA" ] && return
  if [ -n "$OS_USER" ] && ! runuser -u "$OS_USER" -- test -x "$ROOT/.run"; then
    local real="/var/lib/lvzhi/$(echo -n "$ROOT" | sha1sum | cut -c1-12)/postgres"
    mkdir -p "$real"; ln -s "$real" "$DATA"
  else
    mkdir -p "$DATA"
  fi
  [ -n "$OS_USER" ] && chown "$OS_USER" "$(readlink -f "$DATA")"
  chmod 700 "$(readlink -f "$DATA")"
}

superuser_psql() { PGOPTIONS="-c client_min_messages=warning" PGPASSWORD="$(cat "$ROOT/.run/postgres.pw")" "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -q "$@"; }

running() { [ -f "$DATA/postmaster.pid" ] && as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; }

start() {
  prepare_data_dir
  if [ ! -f "$DATA/PG_VERSION" ]; then
    echo "creating the PostgreSQL cluster in .run/postgres" >&2
    (umask 077; head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$ROOT/.run/postgres.pw")
    local pwfile; pwfile="$(mktemp)"; cp "$ROOT/.run/postgres.pw" "$pwfile"; [ -n "$OS_USER" ] && chown "$OS_USER" "$pwfile"
    as_owner "$BIN/initdb" -D "$DATA" -U postgres --pwfile="$pwfile" --auth=scram-sha-256 \
      --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    rm -f "$pwfile"
    cat >> "$DATA/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = ''
max_connections = 200
shared_buffers = 256MB
fsync = on
log_min_duration_statement = 2000
timezone = 'Asia/Shanghai'
CONF
    local fresh=1
  fi
  if ! running; then
    as_owner "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w -t 60 start >/dev/null
  fi
  ensure_roles
  if [ "${fresh:-0}" = 1 ]; then
    superuser_psql -c "CREATE DATABASE lvzhi OWNER $OWNER_USER"
  fi
  echo "PostgreSQL on 127.0.0.1:$PORT" >&2
}

# Creates the owner and the service role when missing, also on a cluster created before there were two.
ensure_roles() {
  superuser_psql -v owner="$OWNER_USER" -v owner_pw="$OWNER_PASSWORD" -v app="$APP_USER" -v app_pw="$APP_PASSWORD" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'owner', :'owner_pw')
  WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'owner') \gexec
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L NOSUPERUSER NOCREATEDB NOCREATEROLE', :'app', :'app_pw')
  WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'app') \gexec
SQL
}

stop() { if running; then as_owner "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null; echo "PostgreSQL stopped" >&2; fi; }

# Drops and creates a database owned by the owner role (the test suite gets a fresh one per run), and forgets the
# audit checkpoints taken of the dropped one.
recreate_db() {
  local name="$1"
  [[ "$name" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "bad database name: $name" >&2; exit 2; }
  ensure_roles
  superuser_psql -c "DROP DATABASE IF EXISTS $name WITH (FORCE)" -c "CREATE DATABASE $name OWNER $OWNER_USER"
  rm -rf "$ROOT/.run/audit-checkpoints/$name"
}

# Stops the cluster and deletes its data (and the relocated folder, when .run/postgres is a link).
destroy() {
  stop
  if [ -L "$DATA" ]; then rm -rf "$(readlink -f "$DATA")"; fi
  rm -rf "$DATA" "$ROOT/.run/postgres.pw" "$ROOT/.run/audit-checkpoints"
}

case "${1:-}" in
  start) start ;;
  destroy) destroy ;;
  stop) stop ;;
  status) if running; then echo running; else echo stopped; exit 1; fi ;;
  recreate-db) recreate_db "${2:?database name}" ;;
  psql) shift; superuser_psql "$@" ;;
  *) echo "usage: $0 start|stop|status|destroy|recreate-db NAME|psql [args]" >&2; exit 2 ;;
esac
