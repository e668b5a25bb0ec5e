"""Network namespaces for one example: a bridge namespace and one namespace
per host, load balancer and probe source, each wired to the bridge with a
veth pair. Nothing is configured in the root namespace.

Every namespace holds only its plan addresses (/32, /128) and a default
route out of its veth, so all of them share one flat Ethernet segment: the
test is about the host filters, not routing. IPv4 neighbour entries are
made permanent up front so that hundreds of simultaneous first packets
never wait on (or overflow) ARP, which no IP filter sees anyway. IPv6
neighbours are left to neighbour discovery, which does pass the host
filters: the exported files must let it through.
"""

import json
import os
import re
import select
import subprocess
import time

PREFIX = "ptlnet"
# The same agent the lab (core/lab) runs, so the host-rules proof and the lab
# listen and probe in one way: it answers on every port it is given and
# reports each probe as open:PORT, refused, dropped or error:WHAT.
AGENT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "core", "lab", "labagent.py")
PYTHON = "/usr/bin/python3"


def run(cmd, stdin=None, check=True):
    proc = subprocess.run(cmd, input=stdin, capture_output=True, text=True, timeout=60)
    if check and proc.returncode != 0:
        raise RuntimeError("%s failed (%d): %s" % (" ".join(cmd), proc.returncode, proc.stderr.strip()))
    return proc


def run_prefix():
    return "%s%dx" % (PREFIX, os.getpid())


def remove_leftovers():
    """Deletes namespaces of earlier runs whose driver is gone (a crash or a
    ctest timeout's SIGKILL); runs that are still alive keep theirs."""
    removed = []
    for line in run(["ip", "netns", "list"]).stdout.splitlines():
        name = line.split()[0] if line.split() else ""
        m = re.match(r"^%s(\d+)x" % PREFIX, name)
        if not m or int(m.group(1)) == os.getpid():
            continue
        try:
            os.kill(int(m.group(1)), 0)
            continue
        except ProcessLookupError:
            pass
        except PermissionError:
            continue
        run(["ip", "netns", "del", name], check=False)
        removed.append(name)
    return removed


class Namespace:
    def __init__(self, name, label, role, addresses, node=None):
        self.name, self.label, self.role, self.node = name, label, role, node
        self.addresses = addresses
        self.index = 0
        self.listener = None

    def mac(self):
        return "02:70:74:00:%02x:%02x" % (self.index >> 8, self.index & 0xFF)

    def execute(self, *cmd, stdin=None, check=True):
        return run(["ip", "netns", "exec", self.name] + list(cmd), stdin=stdin, check=check)


class Lab:
    def __init__(self, tag):
        self.prefix = run_prefix() + tag
        self.bridge = self.prefix + "-br"
        self.spaces = []
        self.created = []

    def add(self, label, role, addresses, node=None):
        ns = Namespace("%s-%d" % (self.prefix, len(self.spaces)), label, role, addresses, node)
        ns.index = len(self.spaces) + 1
        self.spaces.append(ns)
        return ns

    def _netns_add(self, name):
        run(["ip", "netns", "add", name])
        self.created.append(name)

    def build(self):
        self._netns_add(self.bridge)
        bridge_cmds = ["link add br0 type bridge", "link set br0 up"]
        for ns in self.spaces:
            self._netns_add(ns.name)
            port = "v%d" % ns.index
            cmds = ["link set lo up",
                    "link add eth0 address %s type veth peer name %s netns %s" % (ns.mac(), port, self.bridge)]
            for a in ns.addresses:
                cmds.append("addr add %s/%d dev eth0%s" % (a, a.max_prefixlen, " nodad" if a.version == 6 else ""))
            cmds.append("link set eth0 up")
            cmds.append("route add 0.0.0.0/0 dev eth0")
            cmds.append("route add ::/0 dev eth0")
            for other in self.spaces:
                if other is not ns:
                    for a in (a for a in other.addresses if a.version == 4):
                        cmds.append("neigh replace %s lladdr %s dev eth0 nud permanent" % (a, other.mac()))
            run(["ip", "-n", ns.name, "-batch", "-"], stdin="\n".join(cmds) + "\n")
            bridge_cmds.append("link set %s master br0 up" % port)
        run(["ip", "-n", self.bridge, "-batch", "-"], stdin="\n".join(bridge_cmds) + "\n")
        self._wait_until_up()

    def _wait_until_up(self, timeout=20.0):
        """Returns once every veth and bridge port is operational. A veth's
        carrier is applied asynchronously (the kernel's link watch, up to a
        second later); until then the device drops what it is given, and a
        lost first SYN would pass for a filtered one."""
        deadline = time.monotonic() + timeout
        while True:
            pending = []
            for name in [ns.name for ns in self.spaces] + [self.bridge]:
                for link in json.loads(run(["ip", "-n", name, "-j", "-d", "link", "show"]).stdout):
                    if link["ifname"] == "lo":
                        continue
                    slave = link.get("linkinfo", {}).get("info_slave_data", {})
                    if link.get("operstate") != "UP" or slave.get("state", "forwarding") != "forwarding":
                        pending.append("%s/%s" % (name, link["ifname"]))
            if not pending:
                return
            if time.monotonic() > deadline:
                raise RuntimeError("links not up after %.0f s: %s" % (timeout, " ".join(pending[:5])))
            time.sleep(0.05)  # polling the state the kernel reports, not guessing a delay

    def start_agents(self, ports_of, timeout=30.0):
        """Starts one agent per namespace (listening on ports_of(ns), which
        may be none) and waits for each one's "ready"."""
        for ns in self.spaces:
            ns.listener = subprocess.Popen(["ip", "netns", "exec", ns.name, PYTHON, AGENT]
                                           + [str(p) for p in sorted(ports_of(ns) or [])],
                                           stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.monotonic() + timeout
        for ns in self.spaces:
            if self._line(ns, deadline) != b"ready":
                raise RuntimeError("agent in %s (%s) did not start%s" % (ns.name, ns.label, self._stderr(ns)))

    @staticmethod
    def _line(ns, deadline):
        ready, _, _ = select.select([ns.listener.stdout], [], [], max(0.0, deadline - time.monotonic()))
        return ns.listener.stdout.readline().strip() if ready else b""

    @staticmethod
    def _stderr(ns):
        if ns.listener.poll() is None:
            return ""
        return ": " + ns.listener.stderr.read().decode(errors="replace").strip()

    def probe(self, probes_by_ns, timeout):
        """Runs every namespace's probes at once; returns {probe id: result}."""
        busy = [ns for ns, probes in probes_by_ns.items() if probes]
        for ns in busy:
            ns.listener.stdin.write((json.dumps({"timeout": timeout, "probes": probes_by_ns[ns]}) + "\n").encode())
            ns.listener.stdin.flush()
        results = {}
        deadline = time.monotonic() + timeout + 30
        for ns in busy:
            line = self._line(ns, deadline)
            if not line:
                raise RuntimeError("agent in %s (%s) gave no results%s" % (ns.name, ns.label, self._stderr(ns)))
            results.update(json.loads(line))
        return results

    def teardown(self):
        for ns in self.spaces:
            if ns.listener is not None:
                ns.listener.stdin.close()  # the agent exits on end of input
                try:
                    ns.listener.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    ns.listener.kill()
                    ns.listener.wait()
                ns.listener.stdout.close()
                ns.listener.stderr.close()
                ns.listener = None
        if self.created:
            run(["ip", "-batch", "-"], stdin="".join("netns del %s\n" % n for n in reversed(self.created)),
                check=False)
            self.created = []
