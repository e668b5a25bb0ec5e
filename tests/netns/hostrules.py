#!/usr/bin/python3
"""Proves the exported host rules in real kernels (issue 9, point 1).

For every example project: derive its flows, export its iptables-restore,
ip6tables-restore and nftables files with portolan-cli, build one network
namespace per host (and per load balancer and probe source) on a bridge,
load each host's exported file unchanged into its namespace, listen on every
planned port and probe from every source. Every probe whose packet a derived
flow allows must be answered; every other probe must be dropped.

Phases per example: "none" (no rules: every probe must be answered, so each
"must be closed" check is shown able to fail), then each exporter, each
followed by a control that strips the accept rules of one host's file and
shows that host's "must be open" probes then fail.

Exit 0 = proven, 1 = a rule or the lab failed, 77 = skipped (no namespaces).
See docs/reliability.md.
"""

import argparse
import concurrent.futures
import glob
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lab as labmod  # noqa: E402
import plan as planmod  # noqa: E402

SKIP = 77
# (phase, export targets, loader per file suffix). The iptables files are
# loaded twice: Debian's default iptables-nft and iptables-legacy reach
# different kernel code (nf_tables vs x_tables) and hosts run either.
PHASES = (
    ("iptables", ("iptables", "ip6tables"), {".v4": "iptables-restore", ".v6": "ip6tables-restore"}),
    ("iptables-legacy", ("iptables", "ip6tables"),
     {".v4": "iptables-legacy-restore", ".v6": "ip6tables-legacy-restore"}),
    ("nftables", ("nftables",), {".nft": "nft -f -"}),
)
# Loading this empties the legacy tables the iptables files use.
LEGACY_RESET = ("*filter\n:INPUT ACCEPT [0:0]\n:FORWARD ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\nCOMMIT\n"
                "*nat\n:PREROUTING ACCEPT [0:0]\n:INPUT ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n"
                ":POSTROUTING ACCEPT [0:0]\nCOMMIT\n")
SPORT_FIRST = 33000


def skip(reason):
    print("skipped: " + reason, flush=True)
    sys.exit(SKIP)


def preflight():
    """Skips (never passes) when this machine cannot make namespaces and
    load packet filters into them."""
    if os.geteuid() != 0:
        skip("not root: network namespaces and packet filters need CAP_NET_ADMIN and CAP_SYS_ADMIN")
    # Administration tools live in sbin, which a non-login PATH may lack.
    os.environ["PATH"] = os.environ.get("PATH", "/usr/bin:/bin") + ":/usr/sbin:/sbin"
    for tool in ("ip", "iptables-restore", "ip6tables-restore", "nft"):
        if not shutil.which(tool):
            skip("%s is not installed (scripts/install-deps.sh test installs iproute2, iptables, nftables)" % tool)
    name = labmod.run_prefix() + "pre"
    made = labmod.run(["ip", "netns", "add", name], check=False)
    if made.returncode != 0:
        skip("cannot create a network namespace: " + made.stderr.strip())
    try:
        checks = [(["nft", "-f", "-"], "table inet ptlpre {\n\tchain c {\n\t\ttype filter hook input priority 0; policy accept;\n"
                                    "\t}\n}\n"),
                  (["iptables-restore"], "*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -m conntrack --ctstate "
                   "ESTABLISHED -p tcp -m multiport --dports 1,2 -m comment --comment x -j ACCEPT\nCOMMIT\n")]
        for cmd, text in checks:
            r = labmod.run(["ip", "netns", "exec", name] + cmd, stdin=text, check=False)
            if r.returncode != 0:
                skip("the kernel refuses a minimal %s ruleset in a namespace: %s" % (cmd[0], r.stderr.strip()))
    finally:
        labmod.run(["ip", "netns", "del", name], check=False)


def cli_json(cli, *args):
    return json.loads(labmod.run([cli] + list(args)).stdout)


def export(cli, project, target, out):
    labmod.run([cli, "export", project, "--target", target, "--out", out])
    files = {}
    for path in glob.glob(os.path.join(out, "**", "*"), recursive=True):
        if os.path.isfile(path):
            m = re.search(r"^# Rule set: host:(.+)$", open(path, encoding="utf-8").read(), re.M)
            if m:
                files[m.group(1)] = path
    return files


class Probe:
    __slots__ = ("id", "src_ns", "src", "dst_ns", "dst", "proto", "port", "answer", "why", "open", "flows", "sport")

    def wire(self):
        # The lab agent's probe: [id, proto, src, sport, dst, dport, tls]. A
        # source port of its own per probe, so conntrack never mistakes a
        # probe for an earlier phase's connection (UDP entries live 30-120 s).
        return [self.id, self.proto, str(self.src), self.sport, str(self.dst), self.port, False]


class Example:
    def __init__(self, args, path, index):
        self.path = path
        self.name = os.path.splitext(os.path.basename(path))[0]
        flows = cli_json(args.cli, "flows", path, "--format", "json")
        rules = cli_json(args.cli, "rules", path, "--format", "json")
        self.plan = planmod.Plan(flows, rules)
        self.lab = labmod.Lab(str(index))
        self.sports = {}
        self.reserved = set()
        self.rounds = []  # seconds per probe round, for the report
        self.legacy_used = False

    # -- topology ---------------------------------------------------------
    def place(self):
        plan = self.plan
        named = plan.named_addresses()
        host_addrs = {a for addrs in plan.hosts.values() for a in addrs}
        used = set(host_addrs)
        self.hosts = []
        for node in sorted(plan.hosts):
            for i, a in enumerate(plan.hosts[node]):
                label = node if len(plan.hosts[node]) == 1 else "%s[%d]" % (node, i + 1)
                self.hosts.append(self.lab.add(label, "host", [a], node))
        # Probe sources: a balancer with its own addresses, every other
        # source (client, zone) at an address picked inside its networks;
        # sources with the same networks share a namespace. The internet is
        # always a source, for the must-not checks.
        by_cidrs = {}
        internet_key = ("0.0.0.0/0", "::/0")
        by_cidrs[internet_key] = ["internet"]
        for f in plan.flows:
            # Nodes (and member sets of nodes) probe from their own hosts.
            if f.source_kind == "node" and all(c.num_addresses == 1 and c.network_address in host_addrs
                                               for c in f.source_cidrs):
                continue
            key = tuple(sorted(str(c) for c in f.source_cidrs))
            if f.source_kind == "load-balancer":
                key = ("lb",) + key
            if f.source_id not in by_cidrs.setdefault(key, []):
                by_cidrs[key].append(f.source_id)
            for a in f.source_cidrs:
                if a.num_addresses == 1 and a.prefixlen != 0:
                    used.add(a.network_address)
        for key, ids in sorted(by_cidrs.items()):
            is_lb = key[0] == "lb"
            cidrs = [planmod.network(c) for c in (key[1:] if is_lb else key)]
            addrs = []
            for family in (4, 6):
                fam = [c for c in cidrs if c.version == family]
                if is_lb:
                    addrs += [c.network_address for c in fam]
                elif fam:
                    a = planmod.pick_address(fam[0], used, named)
                    used.add(a)
                    addrs.append(a)
            role = "lb" if is_lb else ("internet" if key == internet_key else "source")
            self.lab.add("+".join(ids), role, addrs)

    def source_port(self, ns_name, address):
        key = (ns_name, address)
        port = self.sports.get(key, SPORT_FIRST)
        while port in self.reserved:
            port += 1
        self.sports[key] = port + 1
        if port > 60999:
            raise RuntimeError("out of source ports in %s" % ns_name)
        return port

    # -- probes -------------------------------------------------------------
    def make_probes(self):
        plan = self.plan
        self.ports = {ns.name: plan.listen_ports(ns.node) for ns in self.hosts}
        self.reserved = {p for ports in self.ports.values() for p in ports}
        self.reserved |= {m for rs in plan.redirects.values() for _, m, _ in rs}
        self.probes = []
        for dst in self.hosts:
            node, daddr = dst.node, dst.addresses[0]
            targets = [(proto, p, p, why) for p, why in sorted(self.ports[dst.name].items())
                       for proto in ("tcp", "udp")]
            targets += [(proto, m, to, "redirect") for proto, m, to in plan.redirects.get(node, [])]
            for src in self.lab.spaces:
                if src is dst:
                    continue
                for saddr in src.addresses:
                    if saddr.version != daddr.version:
                        continue
                    for proto, port, answer, why in targets:
                        p = Probe()
                        p.id = "%d" % len(self.probes)
                        p.src_ns, p.src, p.dst_ns, p.dst = src, saddr, dst, daddr
                        p.proto, p.port, p.answer, p.why = proto, port, answer, why
                        p.flows = plan.covered(node, saddr, proto, answer)
                        p.open = bool(p.flows)
                        self.probes.append(p)

    def category(self, p):
        """Why a closed probe must be closed (for the report)."""
        plan, node = self.plan, p.dst_ns.node
        if plan.is_local(node, p.proto, p.answer):
            return "local-only port from a peer" if p.src_ns.role == "host" else "local-only port from elsewhere"
        if (p.proto, p.answer) in plan.audience_ports(node, "admins"):
            return "admin port from the internet" if p.src_ns.role == "internet" else "admin port from a non-admin source"
        if (p.proto, p.answer) in plan.audience_ports(node, "peers") and p.src_ns.role != "host":
            return "cluster port from outside the cluster"
        if p.why == "unplanned":
            return "unplanned port"
        if p.why == "range edge":
            return "one port beyond a planned range"
        if p.why == "redirect":
            return "redirect to a port this source may not reach"
        other = "udp" if p.proto == "tcp" else "tcp"
        if plan.covered(node, p.src, other, p.answer):
            return "planned port over the other protocol"
        return "planned port from a source without a flow"

    def run_probes(self, probes, timeout):
        started = time.monotonic()
        try:
            return self._run_probes(probes, timeout)
        finally:
            self.rounds.append(time.monotonic() - started)

    def _run_probes(self, probes, timeout):
        by_ns = {}
        for p in probes:
            p.sport = self.source_port(p.src_ns.name, p.src)
            by_ns.setdefault(p.src_ns, []).append(p.wire())
        return self.lab.probe(by_ns, timeout)

    def describe(self, p):
        return "%s %s:%d -> %s %s:%d/%s%s" % (p.src_ns.label, p.src, p.sport, p.dst_ns.label, p.dst, p.port, p.proto,
                                              "" if p.answer == p.port else " (redirect to %d)" % p.answer)

    # -- rules --------------------------------------------------------------
    def reset_rules(self):
        """Back to no filtering: nftables (and iptables-nft, which keeps its
        tables there) flushed, and the legacy tables emptied once used."""
        for ns in self.hosts:
            ns.execute("nft", "flush", "ruleset")
            if self.legacy_used:
                ns.execute("iptables-legacy-restore", stdin=LEGACY_RESET)
                ns.execute("ip6tables-legacy-restore", stdin=LEGACY_RESET)

    def apply(self, files, loaders, stripped=None):
        """Loads every host's files; for a negative control, `stripped` =
        (host, strip function) loads that host's files with lines removed."""
        removed = 0
        for ns in self.hosts:
            for path in files.get(ns.node, []):
                text = open(path, encoding="utf-8").read()
                if stripped and ns is stripped[0]:
                    text, count = stripped[1](text)
                    removed += count
                tool = loaders[os.path.splitext(path)[1]].split()
                self.legacy_used |= "legacy" in tool[0]
                # A long peer list many hosts share is an ipset the iptables
                # file matches (-m set --match-set NAME): restore the sets it
                # names first, as its header says (sets/NAME.ipset beside it).
                if tool[0] != "nft":
                    for name in sorted(set(re.findall(r"--match-set (\S+)", text))):
                        with open(os.path.join(os.path.dirname(path), "sets", name + ".ipset"), encoding="utf-8") as f:
                            ns.execute("ipset", "restore", "-exist", stdin=f.read())
                ns.execute(*tool, stdin=text)
        if stripped and not removed:
            raise RuntimeError("negative control: nothing to strip in the files of " + stripped[0].label)
        # IPv6 neighbours are learnt again under the rules just loaded, so
        # every round's IPv6 probes need the rules' neighbour discovery lines.
        for ns in self.lab.spaces:
            if any(a.version == 6 for a in ns.addresses):
                labmod.run(["ip", "-6", "-n", ns.name, "neigh", "flush", "all"])


def strip_accepts(text):
    """The negative control's file: the host's own accept rules removed, the
    policy, loopback, conntrack and neighbour-discovery lines kept."""
    keep = re.compile(r'-i lo |--ctstate|icmp6|iif "lo"|ct state|icmpv6')
    out, chain, removed = [], None, 0
    for line in text.splitlines():
        s = line.strip()
        if s.startswith("chain "):
            chain = s.split()[1]
        elif s == "}":
            chain = None
        plan_rule = s.startswith("-A INPUT ") or (chain == "input" and re.search(r"\baccept\b", s))
        if plan_rule and not keep.search(s):
            removed += 1
            continue
        out.append(line)
    return "\n".join(out) + "\n", removed


def strip_neighbour_discovery(text):
    """The IPv6 control's file: only the neighbour discovery accepts removed."""
    out = [line for line in text.splitlines() if "icmp6" not in line and "icmpv6 type" not in line]
    return "\n".join(out) + "\n", len(text.splitlines()) - len(out)


def check(probes, results, ex, phase, expect_all_open=False):
    failures = []
    for p in probes:
        got = results.get(p.id, "missing")
        if expect_all_open:
            want = "refused" if p.why == "redirect" else "open:%d" % p.port
        else:
            want = "open:%d" % p.answer if p.open else "dropped"
        if got != want:
            flows = "; flows: " + ", ".join(f.label for f in p.flows) if p.flows else "; no flow allows it"
            failures.append("%s [%s] %s: got %s, want %s%s" % (ex.name, phase, ex.describe(p), got, want, flows))
    return failures


def prove(ex, args):
    """Runs every phase of one example; returns (report lines, failures)."""
    report, failures = [], []
    plan = ex.plan
    ex.place()
    ex.make_probes()
    t0 = time.monotonic()
    ex.lab.build()
    ex.lab.start_agents(lambda ns: ex.ports.get(ns.name))
    report.append("%s: %d namespaces, %d hosts, %d probes per phase (lab ready in %.1f s)"
                  % (ex.name, len(ex.lab.spaces) + 1, len(ex.hosts), len(ex.probes), time.monotonic() - t0))
    # Without rules every listener must answer: the lab works, and every
    # "must be closed" probe below is one that would otherwise connect.
    results = ex.run_probes(ex.probes, args.timeout)
    failures += check(ex.probes, results, ex, "no rules", expect_all_open=True)
    with tempfile.TemporaryDirectory(prefix="portolan-netns-") as tmp:
        exported = {}
        for exporter, targets, loaders in PHASES:
            if not all(shutil.which(t.split()[0]) for t in loaders.values()):
                report.append("  %s: not run, %s not installed" % (exporter, " or ".join(loaders.values())))
                continue
            files = {}
            for target in targets:
                if target not in exported:
                    exported[target] = export(args.cli, ex.path, target, os.path.join(tmp, target))
                for node, path in exported[target].items():
                    files.setdefault(node, []).append(path)
            missing = sorted(set(plan.hosts) - set(files))
            if missing:
                failures.append("%s [%s]: no exported file for %s" % (ex.name, exporter, ", ".join(missing)))
            ex.reset_rules()
            ex.apply(files, loaders)
            results = ex.run_probes(ex.probes, args.timeout)
            failures += check(ex.probes, results, ex, exporter)
            ok = {p.id for p in ex.probes if p.id in results and not check([p], results, ex, exporter)}
            proven = [f for f in plan.to_nodes
                      if all(any(p.id in ok and f in p.flows and p.dst_ns.node == n for p in ex.probes)
                             for n in f.dest_nodes)
                      and all(p.id in ok for p in ex.probes if f in p.flows)]
            unproven = [f.label for f in plan.to_nodes if f not in proven]
            closed = [p for p in ex.probes if not p.open and p.id in ok]
            cats = {}
            for p in closed:
                cats[ex.category(p)] = cats.get(ex.category(p), 0) + 1
            redirects = [p for p in ex.probes if p.why == "redirect" and p.open and p.id in ok]
            elsewhere = {}
            for f in plan.elsewhere:
                elsewhere[f.dest_kind] = elsewhere.get(f.dest_kind, 0) + 1
            answered = sum(1 for p in ex.probes if p.open and p.id in ok)
            report.append("  %s: flows proven open %d/%d by %d answered probes (not host flows: %s); "
                          "non-flows proven closed %d/%d%s"
                          % (exporter, len(proven), len(plan.to_nodes), answered,
                             ", ".join("%d to a %s" % (n, k) for k, n in sorted(elsewhere.items())) or "none",
                             len(closed), sum(1 for p in ex.probes if not p.open),
                             "; redirects answered by their target %d" % len(redirects) if redirects else ""))
            report.append("    closed: " + "; ".join("%s %d" % (k, n) for k, n in sorted(cats.items())))
            if unproven:
                failures.append("%s [%s]: flows not proven open: %s" % (ex.name, exporter, "; ".join(unproven)))
            for required in args.require_categories(ex):
                if not cats.get(required):
                    failures.append("%s [%s]: no '%s' check proven closed" % (ex.name, exporter, required))
            # Negative controls: one host without its accept rules must drop
            # every probe that passed above, else "open" proves nothing; an
            # IPv6 host without the neighbour discovery lines must drop its
            # IPv6 probes, else the lab would hide a file that breaks IPv6.
            controls = [("its accept rules", strip_accepts, ex.hosts)]
            v6_hosts = [h for h in ex.hosts if h.addresses[0].version == 6]
            if v6_hosts:
                controls.append(("its neighbour discovery rules", strip_neighbour_discovery, v6_hosts))
            for what, strip, candidates in controls:
                host = max(candidates, key=lambda h: (sum(1 for p in ex.probes if p.dst_ns is h and p.open), h.name))
                victims = [p for p in ex.probes if p.dst_ns is host and p.open]
                ex.reset_rules()
                ex.apply(files, loaders, stripped=(host, strip))
                results = ex.run_probes(victims, args.timeout)
                leaked = [ex.describe(p) + " got " + results.get(p.id, "missing")
                          for p in victims if results.get(p.id) != "dropped"]
                if leaked or not victims:
                    failures.append("%s [%s] control: %s answered without %s: %s"
                                    % (ex.name, exporter, host.label, what, "; ".join(leaked[:5]) or "no probes"))
                report.append("    control: %d open probes to %s all dropped without %s"
                              % (len(victims), host.label, what) if not leaked else "    control FAILED")
            ex.reset_rules()
    report.append("  %.1f s in all; probe rounds %s s" % (time.monotonic() - t0,
                                                       " ".join("%.1f" % r for r in ex.rounds)))
    return report, failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cli", required=True, help="the portolan-cli binary")
    parser.add_argument("--examples", required=True, action="append",
                        help="a project file or a folder of them (*.yaml); repeat for more")
    parser.add_argument("--only", help="run just the example whose file name contains this")
    parser.add_argument("--timeout", type=float, default=1.5,
                        help="seconds a probe waits for an answer before it counts as dropped")
    parser.add_argument("--jobs", type=int, default=4, help="examples proven at the same time")
    args = parser.parse_args()
    args.require_categories = required_categories
    preflight()

    # Ctest's timeout and Ctrl-C end us with a signal: clean up on the way out.
    def stop(signum, _frame):
        raise SystemExit("stopped by signal %d" % signum)
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGHUP, stop)

    removed = labmod.remove_leftovers()
    if removed:
        print("removed %d namespaces left by an earlier run: %s" % (len(removed), " ".join(removed)))
    start = time.monotonic()
    paths = []
    for source in args.examples:
        paths += sorted(glob.glob(os.path.join(source, "*.yaml"))) if os.path.isdir(source) else [source]
    if args.only:
        paths = [p for p in paths if args.only in os.path.basename(p)]
    if not paths:
        print("no example projects found in " + ", ".join(args.examples))
        return 1
    # Examples run side by side, each in namespaces of its own: a run is
    # mostly waiting for probes to time out, not computing.
    failures, running = [], []

    def work(index, path):
        ex = None
        try:
            ex = Example(args, path, index)
            running.append(ex)
            return prove(ex, args)
        except (RuntimeError, subprocess.TimeoutExpired, ValueError) as e:
            return [], ["%s: %s" % (os.path.basename(path), e)]
        finally:
            if ex is not None:
                ex.lab.teardown()

    pool = concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs)
    try:
        futures = [pool.submit(work, i, path) for i, path in enumerate(paths)]
        for future in futures:
            report, fails = future.result()
            print("\n".join(report), flush=True)
            failures += fails
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
        for ex in running:  # after a signal: the workers never reach theirs
            ex.lab.teardown()
    print("%d examples in %.1f s" % (len(paths), time.monotonic() - start))
    for f in failures[:60]:
        print("FAIL " + f)
    if len(failures) > 60:
        print("... and %d more failures" % (len(failures) - 60))
    return 1 if failures else 0


def required_categories(ex):
    """The must-not checks issue 9 names, wherever the example has the
    ingredients: the Admin API from the internet, a local-only port (Kong
    0.x's 7373) from a peer, a cluster port from outside the cluster, and an
    unplanned port."""
    plan = ex.plan
    req = ["unplanned port"]
    nodes = [h.node for h in ex.hosts]
    if any(plan.audience_ports(n, "admins") for n in nodes):
        req.append("admin port from the internet")
    if any(plan.local_ports.get(n) for n in nodes) and len(ex.hosts) > 1:
        req.append("local-only port from a peer")
    if any(plan.audience_ports(n, "peers") for n in nodes):
        req.append("cluster port from outside the cluster")
    return req


if __name__ == "__main__":
    sys.exit(main())
