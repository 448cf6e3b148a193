#!/usr/bin/env python3
"""Renders the kustomize base and overlays with a real kubectl (kustomize inside) and validates every rendered
object against the vendored schemas in k8s/schemas/ (Kubernetes 1.30, CloudNativePG, Keycloak Operator: strict, so
unknown fields and wrong types fail). Then checks what running several replicas needs: the backend Deployment runs
at least two, a PodDisruptionBudget covers it, it is ready only with its database, and it reaches PostgreSQL through
a CloudNativePG PgBouncer Pooler in session mode. Exits 1 naming each object and field that fails.

Usage: check.py KUBECTL [KUSTOMIZE_DIR ...]   (default: k8s/base k8s/overlays/demo k8s/overlays/prod)
"""
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import yaml

K8S = Path(__file__).resolve().parent
SCHEMAS = K8S / "schemas"
BACKEND = "lvzhi-backend"


def schema_for(api_version, kind):
    """The vendored schema's file (index.json, written by schemas/vendor.py, names one per apiVersion and kind)."""
    index = json.loads((SCHEMAS / "index.json").read_text(encoding="utf-8"))
    name = index.get(f"{api_version} {kind}")
    return SCHEMAS / name if name else None


def render(kubectl, directory):
    out = subprocess.run([kubectl, "kustomize", str(directory)], capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"{directory}: kustomize failed:\n{out.stderr}")
    return [d for d in yaml.safe_load_all(out.stdout) if d]


def validate(obj, cache):
    """Schema errors of one object, each as 'Kind/name: path: message'."""
    api_version, kind = obj.get("apiVersion"), obj.get("kind")
    label = f"{kind}/{(obj.get('metadata') or {}).get('name')}"
    path = schema_for(api_version, kind)
    if path is None:
        return [f"{label}: no schema for {api_version} {kind} in k8s/schemas (vendor it, see its README)"]
    if path not in cache:
        schema = json.loads(path.read_text(encoding="utf-8"))
        cache[path] = jsonschema.Draft7Validator(schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)
    errors = sorted(cache[path].iter_errors(obj), key=lambda e: list(e.absolute_path))
    return [f"{label}: {'.'.join(str(p) for p in e.absolute_path) or '(top)'}: {e.message[:300]}" for e in errors]


def find(objects, kind, name=None):
    return [o for o in objects if o["kind"] == kind and (name is None or o["metadata"]["name"] == name)]


def replicas_rules(objects):
    """What several backend replicas on one database need; one message per rule broken."""
    problems = []
    deployments = find(objects, "Deployment", BACKEND)
    if len(deployments) != 1:
        return [f"expected one Deployment {BACKEND}, found {len(deployments)}"]
    dep = deployments[0]
    if dep["spec"].get("replicas", 1) < 2:
        problems.append(f"Deployment {BACKEND}: replicas {dep['spec'].get('replicas', 1)} < 2")
    for hpa in find(objects, "HorizontalPodAutoscaler"):
        if hpa["spec"]["scaleTargetRef"]["name"] == BACKEND and hpa["spec"].get("minReplicas", 1) < 2:
            problems.append(f"HorizontalPodAutoscaler {hpa['metadata']['name']}: minReplicas < 2")
    pod_labels = dep["spec"]["template"]["metadata"].get("labels", {})
    covered = [p for p in find(objects, "PodDisruptionBudget")
               if p["spec"].get("selector", {}).get("matchLabels")
               and all(pod_labels.get(k) == v for k, v in p["spec"]["selector"]["matchLabels"].items())]
    if not covered:
        problems.append(f"no PodDisruptionBudget selects the pods of Deployment {BACKEND}")
    backend = next(c for c in dep["spec"]["template"]["spec"]["containers"] if c["name"] == "backend")
    probe = (backend.get("readinessProbe") or {}).get("httpGet", {})
    if probe.get("path") != "/q/health/ready":
        problems.append(f"Deployment {BACKEND}: the readiness probe is not /q/health/ready (the database check)")
    config = {}
    for ref in backend.get("envFrom", []):
        for cm in find(objects, "ConfigMap", ref.get("configMapRef", {}).get("name")):
            config.update(cm.get("data", {}))
    host = config.get("LVZHI_DB_HOST_PORT", "").split(":")[0]
    poolers = {p["metadata"]["name"]: p for p in find(objects, "Pooler")}
    if host not in poolers:
        problems.append(f"LVZHI_DB_HOST_PORT={config.get('LVZHI_DB_HOST_PORT')} does not name a CloudNativePG Pooler"
                        f" (poolers: {', '.join(poolers) or 'none'})")
    else:
        pooler = poolers[host]["spec"]
        if pooler["cluster"]["name"] != "lvzhi-db" or pooler.get("type", "rw") != "rw":
            problems.append(f"Pooler {host}: not the read-write pooler of the Cluster lvzhi-db")
        if pooler.get("pgbouncer", {}).get("poolMode", "session") != "session":
            problems.append(f"Pooler {host}: poolMode must be session (LISTEN, session advisory locks, prepared statements)")
    return problems


def main(kubectl, directories):
    cache, failures = {}, 0
    for directory in directories:
        objects = render(kubectl, directory)
        problems = [p for o in objects for p in validate(o, cache)]
        if not problems:
            problems = replicas_rules(objects)
        for p in problems:
            print(f"{directory}: {p}", file=sys.stderr)
        failures += len(problems)
        kinds = sorted({f"{o['kind']}" for o in objects})
        print(f"{directory}: {len(objects)} objects, {'valid' if not problems else f'{len(problems)} problem(s)'}"
              f" ({', '.join(kinds)})")
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    dirs = sys.argv[2:] or [K8S / "base", K8S / "overlays" / "demo", K8S / "overlays" / "prod"]
    sys.exit(main(sys.argv[1], dirs))
