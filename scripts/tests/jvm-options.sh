#!/usr/bin/env bash
# The backend's JVM options (issue 15, footprint and start-up): scripts/java.sh's shared options and the Deployment's
# JAVA_TOOL_OPTIONS carry the same heap, collector and compiler settings, and both JVMs of this machine accept every one
# of them (the one java.sh picks and the `java` on the PATH: a misspelt
# -XX flag stops the JVM, so a typo would keep the product from starting). Then a copy of java.sh that lost the heap
# cap (the peak RSS rests on it), and a Deployment that differs from it, must be refused. ~3 s.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
T="$(mktemp -d)"
trap 'rm -rf "$T"' EXIT
# the settings both must share: everything but OOM handling (k8s only)
shared() { tr ' ' '\n' | grep -vE '^-XX:\+ExitOnOutOfMemoryError$|^$' | sort | tr '\n' ' '; }
java_sh_opts() { (unset LVZHI_JAVA_OPTS; source "$1"; echo "$LVZHI_JVM_SHARED_OPTS"); }
k8s_opts() { grep -A6 'name: JAVA_TOOL_OPTIONS' "$1" | sed -n 's/^ *value: "\(.*\)"$/\1/p' | head -1; }
# check JAVA_SH DEPLOYMENT: prints what is wrong, nothing when all holds
check() {
  local opts k8s java; opts=$(java_sh_opts "$1") k8s=$(k8s_opts "$2")
  [ -n "$opts" ] || { echo "no shared JVM options in java.sh"; return; }
  [ -n "$k8s" ] || { echo "no JAVA_TOOL_OPTIONS in the Deployment"; return; }
  grep -q -- '-Xmx' <<<"$opts" || echo "java.sh does not cap the heap"
  [ "$(shared <<<"$opts")" = "$(shared <<<"$k8s")" ] || echo "java.sh and the Deployment differ: [$(shared <<<"$opts")] vs [$(shared <<<"$k8s")]"
  # each JVM with the options of a start (its cache left out: -version does not read the application's), and the k8s ones
  for java in "$(unset LVZHI_JAVA_OPTS; source "$1"; lvzhi_java)" "$(command -v java)"; do
    # shellcheck disable=SC2086
    "$java" $opts $k8s -version > "$T/java.out" 2>&1 || echo "$java refuses the options: $(head -2 "$T/java.out" | tr '\n' ' ')"
  done
}
failures=0
out=$(check "$ROOT/scripts/java.sh" "$ROOT/k8s/base/backend-deployment.yaml")
if [ -z "$out" ]; then echo "ok    java.sh and the Deployment start the JVM alike, and $(source "$ROOT/scripts/java.sh"; lvzhi_java) and $(command -v java) accept the options"
else echo "FAIL  $out"; failures=1; fi
# refused 'WHAT' FILE|both SED-EXPRESSION 'EXPECTED (grep -E)': copies with FILE (or both files) edited must fail
refused() {
  cp "$ROOT/scripts/java.sh" "$T/java.sh"; cp "$ROOT/k8s/base/backend-deployment.yaml" "$T/deploy.yaml"
  if [ "$2" = both ]; then sed -i -e "$3" "$T/java.sh" "$T/deploy.yaml"; else sed -i -e "$3" "$T/$2"; fi
  out=$(check "$T/java.sh" "$T/deploy.yaml")
  if grep -qE "$4" <<<"$out"; then echo "ok    refused: $1"; else echo "FAIL  not refused: $1 (got: $out)"; failures=1; fi
}
refused "both without the heap cap" both 's/ -Xmx256m//' 'does not cap the heap'
refused "a Deployment with another heap" deploy.yaml 's/-Xmx256m/-Xmx1g/' 'differ'
refused "a misspelt flag in both" both 's/-XX:ReservedCodeCacheSize=/-XX:ReservedCodeCacheSise=/' 'refuses the options'
exit "$failures"
