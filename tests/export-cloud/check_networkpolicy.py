"""Schema check for Kubernetes NetworkPolicy files (networking.k8s.io/v1).

kubectl --dry-run=client needs a server, so this checks what the API server
would: document shape, known keys only, enums, names and labels, CIDRs and
port ranges (endPort >= port, both 1..65535).
usage: python3 check_networkpolicy.py FILE; exit 0 valid, 1 invalid, 3 no PyYAML.
"""
import ipaddress
import re
import sys

try:
    import yaml
except ImportError as error:
    print(f"PyYAML is not installed: {error}")
    sys.exit(3)

DNS_LABEL = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")
LABEL_VALUE = re.compile(r"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$")
LABEL_NAME = re.compile(r"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$")
errors = []


def fail(where, what):
    errors.append(f"{where}: {what}")


def keys(where, value, allowed, required=()):
    if not isinstance(value, dict):
        fail(where, f"must be a mapping, is {type(value).__name__}")
        return False
    for key in value:
        if key not in allowed:
            fail(where, f"unknown field {key!r}")
    for key in required:
        if key not in value:
            fail(where, f"missing field {key!r}")
    return True


def labels(where, value):
    if not isinstance(value, dict):
        fail(where, "labels must be a mapping")
        return
    for name, label in value.items():
        if not isinstance(name, str) or not LABEL_NAME.match(name) or len(name.split("/")[-1]) > 63:
            fail(where, f"bad label name {name!r}")
        if not isinstance(label, str) or len(label) > 63 or not LABEL_VALUE.match(label):
            fail(where, f"bad label value {label!r}")


def selector(where, value):
    if keys(where, value, {"matchLabels", "matchExpressions"}) and "matchLabels" in value:
        labels(where + ".matchLabels", value["matchLabels"])


def peer(where, value):
    if not keys(where, value, {"ipBlock", "podSelector", "namespaceSelector"}):
        return
    if "ipBlock" in value and len(value) != 1:
        fail(where, "ipBlock cannot be combined with selectors")
    if not value:
        fail(where, "empty peer")
    if "ipBlock" in value:
        block = value["ipBlock"]
        if keys(where + ".ipBlock", block, {"cidr", "except"}, ("cidr",)):
            try:
                ipaddress.ip_network(block["cidr"], strict=True)
            except (ValueError, TypeError) as error:
                fail(where, f"bad cidr {block['cidr']!r}: {error}")
    for name in ("podSelector", "namespaceSelector"):
        if name in value:
            selector(f"{where}.{name}", value[name])


def port(where, value):
    if not keys(where, value, {"protocol", "port", "endPort"}):
        return
    if value.get("protocol", "TCP") not in ("TCP", "UDP", "SCTP"):
        fail(where, f"bad protocol {value.get('protocol')!r}")
    number = value.get("port")
    if number is not None and not (isinstance(number, int) and not isinstance(number, bool) and 1 <= number <= 65535):
        fail(where, f"bad port {number!r}")
    if "endPort" in value:
        end = value["endPort"]
        if not isinstance(number, int):
            fail(where, "endPort needs a numeric port")
        elif not (isinstance(end, int) and number <= end <= 65535):
            fail(where, f"bad endPort {end!r}")


def rule(where, value, peers_key):
    if not keys(where, value, {peers_key, "ports"}):
        return
    for i, item in enumerate(value.get(peers_key) or []):
        peer(f"{where}.{peers_key}[{i}]", item)
    if peers_key in value and value[peers_key] is None:
        fail(where, f"{peers_key} is null: that would allow every peer")
    for i, item in enumerate(value.get("ports") or []):
        port(f"{where}.ports[{i}]", item)


def policy(where, doc):
    if not keys(where, doc, {"apiVersion", "kind", "metadata", "spec"}, ("apiVersion", "kind", "metadata", "spec")):
        return
    if doc["apiVersion"] != "networking.k8s.io/v1":
        fail(where, f"bad apiVersion {doc['apiVersion']!r}")
    if doc["kind"] != "NetworkPolicy":
        fail(where, f"bad kind {doc['kind']!r}")
    meta = doc["metadata"]
    if keys(where + ".metadata", meta, {"name", "namespace", "labels", "annotations"}, ("name",)):
        name = meta["name"]
        if not isinstance(name, str) or len(name) > 63 or not DNS_LABEL.match(name):
            fail(where, f"bad name {name!r}")
        if "labels" in meta:
            labels(where + ".metadata.labels", meta["labels"])
        for key, text in (meta.get("annotations") or {}).items():
            if not isinstance(text, str):
                fail(where, f"annotation {key!r} must be a string")
    spec = doc["spec"]
    if not keys(where + ".spec", spec, {"podSelector", "policyTypes", "ingress", "egress"}, ("podSelector",)):
        return
    selector(where + ".spec.podSelector", spec["podSelector"])
    for kind in spec.get("policyTypes") or []:
        if kind not in ("Ingress", "Egress"):
            fail(where, f"bad policyType {kind!r}")
    for i, item in enumerate(spec.get("ingress") or []):
        rule(f"{where}.spec.ingress[{i}]", item, "from")
    for i, item in enumerate(spec.get("egress") or []):
        rule(f"{where}.spec.egress[{i}]", item, "to")


with open(sys.argv[1], encoding="utf-8") as handle:
    try:
        documents = [d for d in yaml.safe_load_all(handle) if d is not None]
    except yaml.YAMLError as error:
        print(f"YAML error: {error}")
        sys.exit(1)
if not documents:
    fail("file", "no documents")
names = set()
for index, document in enumerate(documents):
    policy(f"document {index + 1}", document)
    name = (document.get("metadata") or {}).get("name") if isinstance(document, dict) else None
    if name in names:
        fail(f"document {index + 1}", f"duplicate name {name!r}")
    names.add(name)
print(f"{len(documents)} NetworkPolicy documents")
if errors:
    print("\n".join(errors))
    sys.exit(1)
