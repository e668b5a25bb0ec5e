"""What the host rules must do, from `portolan-cli flows` and `rules` JSON.

Pure logic, no namespaces: which hosts, load balancers and sources the lab
needs, which ports each host listens on, and for every probe (source address
-> host address, protocol, port) whether a derived flow allows it. A packet
is expected through a host filter exactly when some flow to that host covers
its protocol and port and its source address as it arrives at the host:
- a flow leg from a load balancer arrives from the balancer's address (the
  derivation already splits client -> balancer and balancer -> node);
- destination NAT is applied before the host sees the packet, so a NAT'd
  flow is probed at the inside address and port, from its own source;
- a source NAT hop replaces the source with the NAT's outside address.
"""

import ipaddress

# Ranges longer than this are probed at both ends, at SAMPLES points in
# between, and one port beyond each end (which must stay closed).
FULL_RANGE_LIMIT = 16
SAMPLES = 5
# The internet as a probe source: TEST-NET-2 / the IPv6 documentation range,
# checked below to lie outside every address the plan names.
INTERNET = (ipaddress.ip_address("198.51.100.7"), ipaddress.ip_address("2001:db8:ffff::7"))


def network(text):
    return ipaddress.ip_network(text, strict=False)


def _host_of(hop_end):
    """'203.0.113.49:25' or '[2001:db8::1]:25' -> the address."""
    text = hop_end.rsplit(":", 1)[0] if hop_end.count(":") == 1 or hop_end.startswith("[") else hop_end
    return ipaddress.ip_address(text.strip("[]"))


class Flow:
    def __init__(self, raw):
        self.raw = raw
        src, dst = raw["source"], raw["destination"]
        self.label = "%s>%s %s/%d-%d %s" % (src["id"], dst["id"], raw["protocol"], raw["port_from"],
                                           raw["port_to"], raw["port"])
        self.source_id = src["id"]
        self.source_kind = src["kind"]
        self.dest_kind = dst["kind"]
        self.dest_nodes = (dst.get("members") or [dst["id"]]) if dst["kind"] == "node" else []
        self.protocol = raw["protocol"]
        self.lo, self.hi = raw["port_from"], raw["port_to"]
        self.audience = raw["audience"]
        self.source_cidrs = [network(c) for c in src["cidrs"]]
        snat = [h for h in raw.get("hops", []) if h.get("kind") == "nat" and h.get("source_nat")]
        self.arriving = [network(str(_host_of(snat[-1]["to"])))] if snat else self.source_cidrs

    def covers(self, node, address, protocol, port):
        return (node in self.dest_nodes and self.protocol in (protocol, "any") and self.lo <= port <= self.hi
                and any(address in c for c in self.arriving if c.version == address.version))


class Plan:
    def __init__(self, flows_json, rules_json):
        self.flows = [Flow(f) for f in flows_json["flows"]]
        self.local_ports = {}  # node -> [(protocol, lo, hi)]
        for lp in flows_json.get("local_ports", []):
            lo, _, hi = lp["ports"].partition("-")
            self.local_ports.setdefault(lp["node"], []).append((lp["protocol"], int(lo), int(hi or lo)))
        self.hosts = {}  # node -> [address]
        self.redirects = {}  # node -> [(protocol, match port, to port)]
        for rs in rules_json["rule_sets"]:
            if rs["kind"] != "host":
                continue
            addrs = [network(a) for a in rs.get("addresses", [])]
            if any(a.num_addresses != 1 for a in addrs):
                raise ValueError("node %s has network addresses %s: no host to place" % (rs["element"], addrs))
            self.hosts[rs["element"]] = [a.network_address for a in addrs]
            for r in rs.get("redirects", []):
                for proto in (["tcp", "udp"] if r["protocol"] == "any" else [r["protocol"]]):
                    self.redirects.setdefault(rs["element"], []).append((proto, int(r["match"]), r["to_port"]))
        self.to_nodes = [f for f in self.flows if f.dest_nodes]
        self.elsewhere = [f for f in self.flows if not f.dest_nodes]

    def covered(self, node, address, protocol, port):
        return [f for f in self.to_nodes if f.covers(node, address, protocol, port)]

    def _port_flows(self, node):
        return [f for f in self.to_nodes if node in f.dest_nodes and f.protocol != "any"]

    def listen_ports(self, node):
        """Ports every host of `node` listens on (TCP and UDP each), with why."""
        ports = {}
        for f in self._port_flows(node):
            if f.hi - f.lo + 1 <= FULL_RANGE_LIMIT:
                for p in range(f.lo, f.hi + 1):
                    ports.setdefault(p, "planned")
            else:
                step = (f.hi - f.lo) / (SAMPLES + 1)
                for p in [f.lo, f.hi] + [f.lo + round(step * k) for k in range(1, SAMPLES + 1)]:
                    ports.setdefault(p, "planned")
                for p in (f.lo - 1, f.hi + 1):
                    if 1 <= p <= 65535:
                        ports.setdefault(p, "range edge")
        for _, lo, hi in self.local_ports.get(node, []):
            for p in range(lo, min(hi, lo + FULL_RANGE_LIMIT) + 1):
                ports[p] = "local"
        ports[self.unplanned_port(node)] = "unplanned"
        # A redirect's match port is left without a listener: an answer there
        # can only come from the redirect target.
        for _, match, _ in self.redirects.get(node, []):
            ports.pop(match, None)
        return ports

    def unplanned_port(self, node):
        planned = [(f.lo, f.hi) for f in self._port_flows(node)]
        planned += [(lo, hi) for _, lo, hi in self.local_ports.get(node, [])]
        planned += [(m, m) for _, m, _ in self.redirects.get(node, [])]
        port = 9999
        while any(lo <= port <= hi for lo, hi in planned):
            port += 1
        return port

    def audience_ports(self, node, audience):
        return {(f.protocol, p) for f in self._port_flows(node) if f.audience == audience
                for p in range(f.lo, min(f.hi, f.lo + FULL_RANGE_LIMIT) + 1)}

    def is_local(self, node, protocol, port):
        return any(proto in (protocol, "any") and lo <= port <= hi
                   for proto, lo, hi in self.local_ports.get(node, []))

    def named_addresses(self):
        """Every network the plan names except the whole internet."""
        nets = set()
        for f in self.flows:
            nets.update(c for c in f.source_cidrs + f.arriving if c.prefixlen != 0)
            nets.update(network(c) for c in f.raw["destination"].get("cidrs", []) if network(c).prefixlen != 0)
        for addrs in self.hosts.values():
            nets.update(network(str(a)) for a in addrs)
        return nets


def pick_address(cidr, used, named):
    """A host address inside `cidr` that no element of the plan has; for the
    whole internet one outside every network the plan names."""
    if cidr.prefixlen == 0:
        candidate = INTERNET[0] if cidr.version == 4 else INTERNET[1]
        while candidate in used or any(candidate in n for n in named if n.version == candidate.version):
            candidate += 1
        return candidate
    size = cidr.num_addresses
    offset = max(1, size * 3 // 4 + 7) if size > 8 else 1
    for k in range(size):
        candidate = cidr.network_address + (offset + k) % size
        edge = cidr.version == 4 and cidr.prefixlen < 31 and candidate in (cidr.network_address,
                                                                          cidr.broadcast_address)
        if not edge and candidate not in used:
            return candidate
    raise ValueError("no free address in %s" % cidr)
