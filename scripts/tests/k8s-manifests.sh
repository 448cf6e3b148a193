#!/usr/bin/env bash
# The Kubernetes manifests: k8s/check.py renders the base and both overlays with kubectl 1.30 (kustomize inside) and
# validates every object against the vendored Kubernetes 1.30, CloudNativePG and Keycloak Operator schemas, then the
# rules for several backend replicas. First the real manifests must pass; then each deliberately broken copy (an
# unknown field, a wrong type, in a Kubernetes kind and in a custom resource; one backend replica; the database
# reached around the pooler; transaction pooling; readiness without the database; no disruption budget) must be
# refused, with a message naming what is wrong. Installs kubectl and the validator where absent. ~20 s.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
KUBECTL="$("$ROOT/scripts/tools.sh" kubectl)"
PY="$("$ROOT/scripts/tools.sh" k8s-python)"
T="$(mktemp -d)"
trap 'rm -rf "$T"' EXIT
failures=0
n=0

"$PY" "$ROOT/k8s/check.py" "$KUBECTL" || { echo "FAIL  the manifests in k8s/ do not validate" >&2; exit 1; }

# refused 'WHAT' FILE SED-EXPRESSION 'EXPECTED MESSAGE (grep -E)': a copy of k8s/ with FILE edited must fail on prod.
# The cases run side by side; each leaves its verdict in $copy.verdict (first word ok or FAIL).
refused() {
  local what="$1" file="$2" edit="$3" expected="$4" copy="$T/k$((n += 1))"
  cp -r "$ROOT/k8s" "$copy"
  sed -i -e "$edit" "$copy/$file"
  if cmp -s "$ROOT/k8s/$file" "$copy/$file"; then echo "FAIL  $what: the edit changed nothing" > "$copy.verdict"; return; fi
  (
    set +e
    "$PY" "$copy/check.py" "$KUBECTL" "$copy/overlays/prod" > "$copy.out" 2> "$copy.err"
    rc=$?
    if [ "$rc" = 1 ] && grep -qE "$expected" "$copy.err"; then echo "ok    refused: $what" > "$copy.verdict"; exit; fi
    { echo "FAIL  $what: exit $rc, expected 1 with a message matching '$expected'"; sed 's/^/      /' "$copy.err"; } > "$copy.verdict"
  ) &
}

refused "unknown field in a Deployment" base/backend-deployment.yaml \
  's/^  replicas: 2$/  replicas: 2\n  replica: 2/' "Deployment/lvzhi-backend: spec: Additional properties are not allowed \('replica' was unexpected\)"
refused "unknown field deep in the pod template" base/backend-deployment.yaml \
  's/^            periodSeconds: 5$/            periodSecond: 5/' "Deployment/lvzhi-backend: spec.template.spec.containers.0.(startup|readiness)Probe: .*'periodSecond' was unexpected"
refused "wrong type in a Kubernetes kind" base/backend-pdb.yaml \
  's/^  maxUnavailable: 1 .*/  maxUnavailable: [1]/' "PodDisruptionBudget/lvzhi-backend: spec.maxUnavailable: .*not valid|is not of type"
refused "unknown field in a CloudNativePG Pooler" base/postgres-pooler.yaml \
  's/^    poolMode: session/    pool_mode: session/' "Pooler/lvzhi-db-pooler-rw: spec.pgbouncer: .*'pool_mode' was unexpected"
refused "wrong type in a CloudNativePG Cluster" base/postgres-cluster.yaml \
  '0,/^  instances: 3/s//  instances: three/' "Cluster/lvzhi-db: spec.instances: 'three' is not of type 'integer'"
refused "unknown field in a Keycloak (not in the 26.0 CRD)" base/keycloak.yaml \
  's/^    enabled: false/    enabled: false\n    tlsSecret: lvzhi-auth-tls/' "Keycloak/lvzhi-keycloak: spec.ingress: .*'tlsSecret' was unexpected"
refused "unknown field in metadata of a custom resource" base/keycloak.yaml \
  's/^  name: lvzhi-keycloak$/  name: lvzhi-keycloak\n  label: x/' "Keycloak/lvzhi-keycloak: metadata: .*'label' was unexpected"
refused "a kind without a vendored schema" base/backend-service.yaml \
  's/^kind: Service$/kind: Services/' "Services/lvzhi-backend: no schema for v1 Services"
refused "one backend replica" overlays/prod/kustomization.yaml \
  's/^    count: 3$/    count: 1/' "Deployment lvzhi-backend: replicas 1 < 2"
refused "the database reached around the pooler" base/kustomization.yaml \
  's/LVZHI_DB_HOST_PORT=lvzhi-db-pooler-rw:5432/LVZHI_DB_HOST_PORT=lvzhi-db-rw:5432/' "LVZHI_DB_HOST_PORT=lvzhi-db-rw:5432 does not name a CloudNativePG Pooler"
refused "transaction pooling" base/postgres-pooler.yaml \
  's/^    poolMode: session/    poolMode: transaction/' "Pooler lvzhi-db-pooler-rw: poolMode must be session"
refused "readiness without the database" base/backend-deployment.yaml \
  '/readinessProbe:/,/path:/s#/q/health/ready#/q/health/live#' "the readiness probe is not /q/health/ready"
refused "no disruption budget" base/kustomization.yaml \
  '/backend-pdb.yaml/d' "no PodDisruptionBudget selects the pods of Deployment lvzhi-backend"

wait
for k in $(seq 1 "$n"); do
  if grep -q '^ok ' "$T/k$k.verdict"; then cat "$T/k$k.verdict"; else cat "$T/k$k.verdict" >&2; failures=$((failures + 1)); fi
done
if [ "$failures" != 0 ]; then echo "k8s-manifests: $failures failed case(s)" >&2; exit 1; fi
echo "k8s-manifests: the manifests validate; all $n broken copies refused"
