#!/usr/bin/env bash
# The backend's JVM options (issue 15, footprint): scripts/stack.sh's default and the Deployment's JAVA_TOOL_OPTIONS
# carry the same heap, collector and compiler settings, and this machine's JVM accepts every one of them (a misspelt
# -XX flag stops the JVM, so a typo would keep the product from starting). Then a copy of stack.sh that lost the
# delayed C2 compilation, and a Deployment that differs from it, must be refused. ~2 s.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
T="$(mktemp -d)"
trap 'rm -rf "$T"' EXIT
# the settings both must share: everything but the class archive (the image has none) and OOM handling (k8s only)
shared() { tr ' ' '\n' | grep -vE '^-XX:(SharedArchiveFile=|\+ExitOnOutOfMemoryError)|^-Xshare:|^$' | sort | tr '\n' ' '; }
stack_opts() { sed -n 's/.*\${LVZHI_JAVA_OPTS:-\([^}]*\)}.*/\1/p' "$1" | head -1; }
k8s_opts() { grep -A6 'name: JAVA_TOOL_OPTIONS' "$1" | sed -n 's/^ *value: "\(.*\)"$/\1/p' | head -1; }
# check STACK_SH DEPLOYMENT: prints what is wrong, nothing when all holds
check() {
  local stack k8s; stack=$(stack_opts "$1") k8s=$(k8s_opts "$2")
  [ -n "$stack" ] || { echo "no default JVM options in stack.sh"; return; }
  [ -n "$k8s" ] || { echo "no JAVA_TOOL_OPTIONS in the Deployment"; return; }
  grep -q -- '-XX:Tier4InvocationThreshold=' <<<"$stack" || echo "stack.sh does not delay C2 compilation"
  [ "$(shared <<<"$stack")" = "$(shared <<<"$k8s")" ] || echo "stack.sh and the Deployment differ: [$(shared <<<"$stack")] vs [$(shared <<<"$k8s")]"
  # shellcheck disable=SC2086
  java $(shared <<<"$stack") -version > "$T/java.out" 2>&1 || echo "the JVM refuses the options: $(head -2 "$T/java.out" | tr '\n' ' ')"
}
failures=0
out=$(check "$ROOT/scripts/stack.sh" "$ROOT/k8s/base/backend-deployment.yaml")
if [ -z "$out" ]; then echo "ok    stack.sh and the Deployment start the JVM alike, and it accepts the options"; else echo "FAIL  $out"; failures=1; fi
# refused 'WHAT' FILE|both SED-EXPRESSION 'EXPECTED (grep -E)': copies with FILE (or both files) edited must fail
refused() {
  cp "$ROOT/scripts/stack.sh" "$T/stack.sh"; cp "$ROOT/k8s/base/backend-deployment.yaml" "$T/deploy.yaml"
  if [ "$2" = both ]; then sed -i -e "$3" "$T/stack.sh" "$T/deploy.yaml"; else sed -i -e "$3" "$T/$2"; fi
  out=$(check "$T/stack.sh" "$T/deploy.yaml")
  if grep -qE "$4" <<<"$out"; then echo "ok    refused: $1"; else echo "FAIL  not refused: $1 (got: $out)"; failures=1; fi
}
refused "both without the delayed C2" both 's/ -XX:Tier4InvocationThreshold=[0-9]*//' 'does not delay C2'
refused "a Deployment with another heap" deploy.yaml 's/-Xmx256m/-Xmx1g/' 'differ'
refused "a misspelt flag in both" both 's/-XX:Tier4CompileThreshold=/-XX:Tier4CompileTreshold=/' 'refuses the options'
exit "$failures"
