#!/usr/bin/python3
"""Unit tests of plan.py, the expectations the namespace test probes against.
No namespaces and no root: they run everywhere, also where netns_hostrules
skips. Each "allowed" case has its "not allowed" twin."""

import ipaddress
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import plan as planmod  # noqa: E402

ip = ipaddress.ip_address


def flow(src_id, src_kind, cidrs, dst_id, proto, lo, hi, audience="clients", hops=None, port="p"):
    return {"source": {"id": src_id, "kind": src_kind, "cidrs": cidrs},
            "destination": {"id": dst_id, "kind": "node" if dst_id != "lb" else "load-balancer",
                            "cidrs": ["10.0.1.11/32"]},
            "protocol": proto, "port_from": lo, "port_to": hi, "audience": audience, "port": port,
            "hops": hops or []}


def rules(node="n", addresses=("10.0.1.11/32",), redirects=()):
    return {"rule_sets": [{"kind": "host", "element": node, "addresses": list(addresses),
                           "redirects": list(redirects)}]}


class PlanTest(unittest.TestCase):
    def test_balancer_leg_arrives_from_the_balancer(self):
        p = planmod.Plan({"flows": [flow("lb", "load-balancer", ["10.0.0.10/32"], "n", "tcp", 8443, 8443)]}, rules())
        self.assertTrue(p.covered("n", ip("10.0.0.10"), "tcp", 8443))
        self.assertFalse(p.covered("n", ip("198.51.100.7"), "tcp", 8443))  # the client itself
        self.assertFalse(p.covered("n", ip("10.0.0.10"), "udp", 8443))
        self.assertFalse(p.covered("n", ip("10.0.0.10"), "tcp", 8444))
        self.assertFalse(p.covered("other", ip("10.0.0.10"), "tcp", 8443))

    def test_source_nat_replaces_the_source(self):
        hop = {"kind": "nat", "from": "10.9.0.5:80", "to": "203.0.113.49:80", "source_nat": True}
        p = planmod.Plan({"flows": [flow("app", "node", ["10.9.0.5/32"], "n", "tcp", 80, 80, hops=[hop])]}, rules())
        self.assertTrue(p.covered("n", ip("203.0.113.49"), "tcp", 80))
        self.assertFalse(p.covered("n", ip("10.9.0.5"), "tcp", 80))

    def test_destination_nat_keeps_the_source(self):
        hop = {"kind": "nat", "from": "192.168.10.5:9000", "to": "192.168.23.45:80"}
        p = planmod.Plan({"flows": [flow("a", "node", ["192.168.1.10/32"], "n", "udp", 80, 80, hops=[hop])]}, rules())
        self.assertTrue(p.covered("n", ip("192.168.1.10"), "udp", 80))
        self.assertFalse(p.covered("n", ip("192.168.1.10"), "udp", 9000))

    def test_any_protocol_covers_both_and_every_port(self):
        p = planmod.Plan({"flows": [flow("b", "node", ["10.0.1.12/32"], "n", "any", 1, 65535)]}, rules())
        for proto in ("tcp", "udp"):
            self.assertTrue(p.covered("n", ip("10.0.1.12"), proto, 9999))
        self.assertFalse(p.covered("n", ip("10.0.1.13"), "tcp", 9999))

    def test_families_never_mix(self):
        p = planmod.Plan({"flows": [flow("c", "client", ["0.0.0.0/0"], "n", "tcp", 443, 443)]}, rules())
        self.assertTrue(p.covered("n", ip("198.51.100.7"), "tcp", 443))
        self.assertFalse(p.covered("n", ip("2001:db8:ffff::7"), "tcp", 443))

    def test_long_range_is_sampled_with_both_ends_and_one_beyond(self):
        p = planmod.Plan({"flows": [flow("c", "client", ["0.0.0.0/0"], "n", "udp", 50000, 60000)]}, rules())
        ports = p.listen_ports("n")
        self.assertEqual(ports[50000], "planned")
        self.assertEqual(ports[60000], "planned")
        self.assertEqual(ports[49999], "range edge")
        self.assertEqual(ports[60001], "range edge")
        inner = [q for q, why in ports.items() if why == "planned" and 50000 < q < 60000]
        self.assertEqual(len(inner), planmod.SAMPLES)
        self.assertLess(len(ports), 20)  # sampled, not 10,001 listeners

    def test_unplanned_port_avoids_planned_ranges_and_redirects(self):
        p = planmod.Plan({"flows": [flow("c", "client", ["0.0.0.0/0"], "n", "tcp", 9990, 10005)]},
                         rules(redirects=[{"protocol": "tcp", "match": "10006", "to_port": 9990}]))
        self.assertEqual(p.unplanned_port("n"), 10007)
        self.assertNotIn(10006, p.listen_ports("n"))  # only the redirect target may answer there
        self.assertEqual(p.listen_ports("n")[10007], "unplanned")

    def test_local_ports_are_listened_on_but_never_covered(self):
        p = planmod.Plan({"flows": [flow("b", "node", ["10.0.1.12/32"], "n", "tcp", 7946, 7946, "peers")],
                          "local_ports": [{"node": "n", "protocol": "tcp", "ports": "7373"}]}, rules())
        self.assertEqual(p.listen_ports("n")[7373], "local")
        self.assertTrue(p.is_local("n", "tcp", 7373))
        self.assertFalse(p.is_local("n", "udp", 7373))
        self.assertFalse(p.covered("n", ip("10.0.1.12"), "tcp", 7373))

    def test_network_addresses_cannot_be_placed(self):
        with self.assertRaises(ValueError):
            planmod.Plan({"flows": []}, rules(addresses=["10.0.1.0/24"]))

    def test_picked_addresses(self):
        named = {ipaddress.ip_network("198.51.100.0/30")}
        internet = planmod.pick_address(ipaddress.ip_network("0.0.0.0/0"), set(), named)
        self.assertFalse(any(internet in n for n in named))
        a = planmod.pick_address(ipaddress.ip_network("10.30.9.0/24"), {ip("10.30.9.199")}, set())
        self.assertIn(a, ipaddress.ip_network("10.30.9.0/24"))
        self.assertNotEqual(a, ip("10.30.9.199"))
        tiny = planmod.pick_address(ipaddress.ip_network("192.0.2.4/30"), {ip("192.0.2.5")}, set())
        self.assertEqual(tiny, ip("192.0.2.6"))  # neither network, broadcast nor used
        with self.assertRaises(ValueError):
            planmod.pick_address(ipaddress.ip_network("192.0.2.4/30"), {ip("192.0.2.5"), ip("192.0.2.6")}, set())


if __name__ == "__main__":
    unittest.main()
