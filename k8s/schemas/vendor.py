#!/usr/bin/env python3
"""Writes the vendored JSON schemas in this folder from their published sources (see README.md here): the
Kubernetes 1.30 OpenAPI v2 document and the CloudNativePG and Keycloak Operator CRDs. Only the kinds the manifests
use are written, each as one standalone file (every definition it refers to bundled under "definitions") and strict:
an object that lists its properties admits no other, so an unknown or misspelt field fails validation instead of
being ignored (what the API server's strict field validation does).

Run it only to move to other versions of the sources:
    python3 k8s/schemas/vendor.py SWAGGER.json CNPG_CRD_DIR KEYCLOAK_CRD_DIR
"""
import copy
import json
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent

# (apiVersion, kind) of every object the kustomize base and overlays render, mapped to its definition in the
# Kubernetes OpenAPI document
KUBERNETES = {
    ("v1", "ConfigMap"): "io.k8s.api.core.v1.ConfigMap",
    ("v1", "Secret"): "io.k8s.api.core.v1.Secret",
    ("v1", "Service"): "io.k8s.api.core.v1.Service",
    ("v1", "PersistentVolumeClaim"): "io.k8s.api.core.v1.PersistentVolumeClaim",
    ("apps/v1", "Deployment"): "io.k8s.api.apps.v1.Deployment",
    ("autoscaling/v2", "HorizontalPodAutoscaler"): "io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler",
    ("policy/v1", "PodDisruptionBudget"): "io.k8s.api.policy.v1.PodDisruptionBudget",
    ("networking.k8s.io/v1", "NetworkPolicy"): "io.k8s.api.networking.v1.NetworkPolicy",
    ("networking.k8s.io/v1", "Ingress"): "io.k8s.api.networking.v1.Ingress",
}
# CRD file (inside the given folder) per operator, and the kinds taken from it
CRDS = {
    "cnpg": {"postgresql.cnpg.io_clusters.yaml": "Cluster", "postgresql.cnpg.io_poolers.yaml": "Pooler"},
    "keycloak": {"keycloaks.k8s.keycloak.org-v1.yml": "Keycloak",
                 "keycloakrealmimports.k8s.keycloak.org-v1.yml": "KeycloakRealmImport"},
}
REF = "#/definitions/"
INT_OR_STRING = {"anyOf": [{"type": "integer"}, {"type": "string"}]}


def file_name(api_version, kind):
    return re.sub(r"[^a-z0-9]+", "-", f"{kind}-{api_version}".lower()) + ".json"


def strict(node):
    """Closes every object that lists its properties, and spells out int-or-string, in a schema tree (in place)."""
    if isinstance(node, list):
        for n in node:
            strict(n)
        return node
    if not isinstance(node, dict):
        return node
    if node.get("format") == "int-or-string" or node.get("x-kubernetes-int-or-string"):
        for k in ("type", "format", "x-kubernetes-int-or-string"):
            node.pop(k, None)
        node.setdefault("anyOf", INT_OR_STRING["anyOf"])
    if "properties" in node and "additionalProperties" not in node \
            and not node.get("x-kubernetes-preserve-unknown-fields"):
        node["additionalProperties"] = False
    for key, value in list(node.items()):
        if key in ("properties", "definitions", "patternProperties"):
            for v in value.values():
                strict(v)
        elif key != "enum" and isinstance(value, (dict, list)):
            strict(value)
    return node


def kubernetes_schema(swagger, definition, api_version, kind):
    defs = swagger["definitions"]
    needed, todo = {}, [definition]
    while todo:
        name = todo.pop()
        if name in needed:
            continue
        needed[name] = copy.deepcopy(defs[name])
        todo.extend(ref[len(REF):] for ref in re.findall(r'"\$ref": "(#/definitions/[^"]+)"', json.dumps(defs[name])))
    # a Quantity is written as a string ("500m") or a number (2); the document says only "string"
    quantity = "io.k8s.apimachinery.pkg.api.resource.Quantity"
    if quantity in needed:
        needed[quantity] = {"anyOf": [{"type": "string"}, {"type": "number"}]}
    top = copy.deepcopy(needed[definition])
    top["properties"]["apiVersion"] = {"type": "string", "enum": [api_version]}
    top["properties"]["kind"] = {"type": "string", "enum": [kind]}
    top["required"] = sorted(set(top.get("required", [])) | {"apiVersion", "kind", "metadata"})
    for k in ("x-kubernetes-group-version-kind",):
        top.pop(k, None)
    top["definitions"] = needed
    return strict(top)


def crd_schema(crd, kind):
    group = crd["spec"]["group"]
    version = next(v for v in crd["spec"]["versions"] if v.get("storage"))
    api_version = f"{group}/{version['name']}"
    schema = copy.deepcopy(version["schema"]["openAPIV3Schema"])
    props = schema.setdefault("properties", {})
    props["apiVersion"] = {"type": "string", "enum": [api_version]}
    props["kind"] = {"type": "string", "enum": [kind]}
    # the API server checks metadata of custom resources as it does for every object
    props["metadata"] = {"$ref": REF + "ObjectMeta"}
    schema["required"] = sorted(set(schema.get("required", [])) | {"apiVersion", "kind", "metadata"})
    return api_version, schema


def main(swagger_path, cnpg_dir, keycloak_dir):
    swagger = json.loads(Path(swagger_path).read_text(encoding="utf-8"))
    object_meta = kubernetes_schema(swagger, "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta", "", "")
    object_meta = {k: v for k, v in object_meta.items() if k not in ("required",)}
    object_meta["properties"] = {k: v for k, v in object_meta["properties"].items() if k not in ("apiVersion", "kind")}
    written = []
    for (api_version, kind), definition in KUBERNETES.items():
        written.append((api_version, kind, kubernetes_schema(swagger, definition, api_version, kind)))
    for folder, files in (("cnpg", cnpg_dir), ("keycloak", keycloak_dir)):
        for name, kind in CRDS[folder].items():
            crd = yaml.safe_load((Path(files) / name).read_text(encoding="utf-8"))
            api_version, schema = crd_schema(crd, kind)
            meta = copy.deepcopy(object_meta)
            schema["definitions"] = {"ObjectMeta": {k: v for k, v in meta.items() if k != "definitions"},
                                     **meta["definitions"]}
            written.append((api_version, kind, strict(schema)))
    for old in HERE.glob("*.json"):
        old.unlink()
    index = {}
    for api_version, kind, schema in written:
        index[f"{api_version} {kind}"] = file_name(api_version, kind)
        schema["$schema"] = "http://json-schema.org/draft-07/schema#"
        (HERE / file_name(api_version, kind)).write_text(json.dumps(schema, sort_keys=True, ensure_ascii=False) + "\n",
                                                          encoding="utf-8")
        print(f"{file_name(api_version, kind)}  {api_version} {kind}")
    (HERE / "index.json").write_text(json.dumps(index, indent=2, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
