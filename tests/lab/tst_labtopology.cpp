// The lab's topology and probe plan, headless, over every bundled example:
// deterministic, complete (every flow's ends have a namespace and an
// address), addresses where the plan puts them, the internet routing to
// public addresses only, and the seed 001 NAT path walked through the NAT.
#include "lab/labaddresses.h"
#include "lab/labbalancers.h"
#include "lab/labprobelist.h"
#include "lab/labsession.h"
#include "lab/labtopologybuilder.h"
#include "labtesthelpers.h"
#include "project/projectreader.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;
using namespace portolan::test;

namespace {

QStringList labels(const LabTopology &t, const QStringList &ids)
{
    QStringList out;
    for (const QString &id : ids)
        out << t.find(id)->label;
    return out;
}

} // namespace

class TestLabTopology : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deterministic_data() { addExamples(); }
    void deterministic();
    void complete_data() { addExamples(); }
    void complete();
    void addressesAndRoutes_data() { addExamples(); }
    void addressesAndRoutes();
    void namespaceCounts_data();
    void namespaceCounts();
    void seed001NatPath();
    void seed001Advertise();
    void standInsAreSaid();
    void firewallAndNatOnOneRouter_data();
    void firewallAndNatOnOneRouter();
    void hostRulesLoadPerHost();
    void memberSetIpsetFirst();
    void dualStack();
    void tlsListeners();
    void ipv6OnlyUpstream();

private:
    static void addExamples();
};

void TestLabTopology::addExamples()
{
    QTest::addColumn<QString>("file");
    const QStringList files = QDir(kExamples).entryList({u"*.yaml"_s}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 4);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << f;
}

void TestLabTopology::deterministic()
{
    QFETCH(QString, file);
    const LoadedProject a = loadProject(file);
    const LabSession one(a.project, a.catalogs, {});
    const LabSession two(a.project, a.catalogs, {});
    QCOMPARE(one.topology(), two.topology());
    QCOMPARE(one.probeList().probes, two.probeList().probes);
    QCOMPARE(one.loads(), two.loads());
}

// Every flow's source and destination has a namespace and an address, and
// every namespace and interface name fits the kernel's limits.
void TestLabTopology::complete()
{
    QFETCH(QString, file);
    const LoadedProject loaded = loadProject(file);
    const LabSession session(loaded.project, loaded.catalogs, {});
    const LabTopology &t = session.topology();
    QSet<QString> ids;
    for (const LabNamespace &ns : t.namespaces) {
        QVERIFY2(!ids.contains(ns.id), qPrintable(ns.id));
        ids.insert(ns.id);
        QVERIFY2(!ns.addresses().isEmpty(), qPrintable(ns.label));
        for (const LabInterface &leg : ns.interfaces) {
            QVERIFY(t.segment(leg.segment));
            QVERIFY((ns.id + u'x' + leg.name).size() <= 15); // the bridge-side veth name
        }
    }
    for (const Node &node : loaded.project.nodes)
        for (int i = 0; i < node.count; ++i)
            QVERIFY2(t.forElement(node.id, i), qPrintable(node.id));
    for (const LoadBalancer &lb : loaded.project.loadBalancers)
        QVERIFY2(t.forElement(lb.id), qPrintable(lb.id));
    for (const NatLayer &nat : loaded.project.natLayers)
        QVERIFY2(t.forElement(nat.id), qPrintable(nat.id));
    for (const Firewall &fw : loaded.project.firewalls)
        QVERIFY2(t.forElement(fw.id), qPrintable(fw.id));
    for (const Client &c : loaded.project.clients)
        QVERIFY2(!t.sources.value(c.id).isEmpty(), qPrintable(c.id));
    QCOMPARE(session.probeList().flows.size(), session.derived().flows.size());
    for (const LabFlow &flow : session.probeList().flows) {
        QVERIFY2(flow.skipped.isEmpty() || flow.skipped.contains(u"zone"_s),
                 qPrintable(flow.title + flow.skipped));
        if (flow.skipped.isEmpty())
            QVERIFY2(!flow.probes.isEmpty(), qPrintable(flow.title));
        for (int id : flow.probes) {
            const LabProbe &p = session.probeList().probes[id];
            QVERIFY(t.find(p.sourceNamespace)->owns(p.source));
            QVERIFY(t.find(p.answerNamespace));
        }
    }
}

void TestLabTopology::addressesAndRoutes()
{
    QFETCH(QString, file);
    const LoadedProject loaded = loadProject(file);
    const LabSession session(loaded.project, loaded.catalogs, {});
    const LabTopology &t = session.topology();
    // Plan addresses are used as they are, in both families (a group's
    // i-th address of a family on its i-th host).
    for (const Node &node : loaded.project.nodes)
        for (const auto family : {QAbstractSocket::IPv4Protocol, QAbstractSocket::IPv6Protocol}) {
            QList<QHostAddress> of;
            for (const QHostAddress &a : node.addresses)
                if (a.protocol() == family)
                    of.append(a);
            for (int i = 0; i < of.size(); ++i)
                QVERIFY2(t.forElement(node.id, node.isGroup() ? i : 0)->owns(of[i]), qPrintable(node.id));
        }
    for (const LoadBalancer &lb : loaded.project.loadBalancers)
        for (const QHostAddress &a : lb.addresses)
            QVERIFY2(t.forElement(lb.id)->owns(a), qPrintable(lb.id + u' ' + a.toString()));
    // Every route's next hop is of the destination's family.
    for (const LabNamespace &ns : t.namespaces)
        for (const LabRoute &r : ns.routes)
            QVERIFY2(r.via.isNull() || r.via.protocol() == r.destination.network().protocol(),
                     qPrintable(ns.label + u' ' + r.destination.toString()));
    // Clients send from inside their networks (or their zone's).
    for (const Client &c : loaded.project.clients) {
        const CidrList cidrs = c.cidrs.isEmpty() ? loaded.project.effectiveCidrs(c.zone) : c.cidrs;
        const QHostAddress a = t.sources.value(c.id).first().address;
        QVERIFY2(std::any_of(cidrs.cbegin(), cidrs.cend(), [&](const Cidr &n) { return n.contains(a); }),
                 qPrintable(c.id + u' ' + a.toString()));
    }
    // The internet routes to public addresses only, and its own addresses are public.
    for (const LabNamespace &ns : t.namespaces) {
        if (ns.role != LabRole::Internet)
            continue;
        for (const LabRoute &r : ns.routes)
            QVERIFY2(!LabAddresses::isPrivate(r.destination.network()), qPrintable(r.destination.toString()));
        for (const QHostAddress &a : ns.addresses())
            QVERIFY2(!LabAddresses::isPrivate(a), qPrintable(a.toString()));
    }
}

void TestLabTopology::namespaceCounts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("hosts");
    QTest::addColumn<int>("balancers");
    QTest::addColumn<int>("routers");
    QTest::addColumn<int>("clients");
    // Hosts: a group of N is N namespaces. Routers: NAT layers, boundary
    // firewalls and links. Clients: client and zone sources outside the
    // internet (internet clients are addresses of the internet namespace).
    // cumulocity: the egress NAT and the external firewall share the
    // datacenter's internet edge: one router running both files.
    QTest::newRow("cumulocity") << u"cumulocity-on-premises.yaml"_s << 5 << 1 << 1 << 1;
    // kong-0x: the DC2 NAT, both internet edges and the VPN.
    QTest::newRow("kong-0x") << u"kong-0x-two-datacenters-nat.yaml"_s << 2 << 0 << 4 << 2;
    QTest::newRow("kong-3.3") << u"kong-3.3-lb-stream-transparent.yaml"_s << 4 << 1 << 1 << 2;
    QTest::newRow("livekit") << u"livekit-sip-aws.yaml"_s << 4 << 1 << 2 << 1;
    // The catalog library example: Kong 2, control plane 3, workers 3,
    // PostgreSQL 2, Redis 1, monitoring 1; the egress NAT; the Kong
    // upstream calls, the workloads and the operators.
    QTest::newRow("kong-kubernetes") << u"kong-kubernetes-postgresql-redis-monitoring.yaml"_s << 12 << 1 << 1
                                     << 3;
}

void TestLabTopology::namespaceCounts()
{
    QFETCH(QString, file);
    QFETCH(int, hosts);
    QFETCH(int, balancers);
    QFETCH(int, routers);
    QFETCH(int, clients);
    const LoadedProject loaded = loadProject(file);
    const LabTopology t = LabSession(loaded.project, loaded.catalogs, {}).topology();
    QMap<LabRole, int> counts;
    for (const LabNamespace &ns : t.namespaces)
        ++counts[ns.role];
    QCOMPARE(counts.value(LabRole::Host), hosts);
    QCOMPARE(counts.value(LabRole::Balancer), balancers);
    QCOMPARE(counts.value(LabRole::Router), routers);
    QCOMPARE(counts.value(LabRole::Client), clients);
    QCOMPARE(counts.value(LabRole::Internet), 1);
}

// Seed 001: Kong A reaches Kong B's cluster port at the NAT's outside
// address 192.168.10.5:9000, through the VPN router and the NAT, and
// arrives at 192.168.23.45:80, tcp and udp.
void TestLabTopology::seed001NatPath()
{
    const LoadedProject loaded = loadProject(u"kong-0x-two-datacenters-nat.yaml"_s);
    const LabSession session(loaded.project, loaded.catalogs, {});
    const LabTopology &t = session.topology();
    QSet<QString> protocols;
    for (const LabFlow &flow : session.probeList().flows) {
        if (!flow.title.startsWith(u"kong-a -> kong-b"_s) || !flow.title.contains(u"cluster"_s))
            continue;
        QCOMPARE(flow.probes.size(), 1);
        const LabProbe &p = session.probeList().probes[flow.probes.first()];
        QCOMPARE(p.target, QHostAddress(u"192.168.10.5"_s));
        QCOMPARE(p.port, 9000);
        QCOMPARE(p.answerPort, 80);
        QCOMPARE(labels(t, p.path), (QStringList{u"kong-a"_s, u"vpn-dc1-dc2"_s, u"nat-dc2"_s, u"kong-b"_s}));
        QHostAddress arrives;
        int port = 0;
        LabProbeLister::walk(t, session.probeList().translations, p.sourceNamespace, p.protocol, p.target,
                             p.port, &arrives, &port);
        QCOMPARE(arrives, QHostAddress(u"192.168.23.45"_s));
        QCOMPARE(port, 80);
        protocols.insert(protocolName(p.protocol));
    }
    QCOMPARE(protocols, (QSet<QString>{u"tcp"_s, u"udp"_s}));
    // Without its translation the packet stops at the NAT router.
    const QStringList path = LabProbeLister::walk(t, {}, t.forElement(u"kong-a"_s)->id, Protocol::Tcp,
                                                  QHostAddress(u"192.168.10.5"_s), 9000);
    QCOMPARE(labels(t, path).last(), u"nat-dc2"_s);
}

// The advertise proof's probes come from review's proposal, not from the
// node's own setting: Kong B is proposed 192.168.10.5:9000 (the NAT's
// mapping) with cluster_listen on 80, probed from Kong A, tcp and udp,
// through the NAT; Kong A, reached directly, advertises its own address.
void TestLabTopology::seed001Advertise()
{
    LoadedProject loaded = loadProject(u"kong-0x-two-datacenters-nat.yaml"_s);
    // Without the node's own cluster_advertise the proposal must still find
    // the NAT's mapping.
    int cleared = 0;
    for (Node &n : loaded.project.nodes)
        for (ComponentUse &use : n.components)
            cleared += int(use.settings.remove(u"cluster_advertise"_s));
    QCOMPARE(cleared, 1);
    const LabSession session(loaded.project, loaded.catalogs, {});
    const LabTopology &t = session.topology();
    QMap<QString, LabAdvertise> byNode;
    for (const LabAdvertise &a : session.probeList().advertises)
        byNode.insert(a.node, a);
    QCOMPARE(byNode.keys(), (QStringList{u"kong-a"_s, u"kong-b"_s}));
    const LabAdvertise &b = byNode[u"kong-b"_s];
    QCOMPARE(b.setting, u"cluster_advertise"_s);
    QCOMPARE(b.address, QHostAddress(u"192.168.10.5"_s));
    QCOMPARE(b.port, 9000);
    QCOMPARE(b.listenPort, 80);
    QSet<QString> protocols;
    for (int id : b.probes) {
        const LabProbe &p = session.probeList().probes[id];
        QCOMPARE(p.kind, LabProbe::Kind::Advertise);
        QCOMPARE(t.find(p.sourceNamespace)->label, u"kong-a"_s);
        QCOMPARE(p.answerPort, 80);
        QCOMPARE(labels(t, p.path), (QStringList{u"kong-a"_s, u"vpn-dc1-dc2"_s, u"nat-dc2"_s, u"kong-b"_s}));
        protocols.insert(protocolName(p.protocol));
    }
    QCOMPARE(protocols, (QSet<QString>{u"tcp"_s, u"udp"_s}));
    QCOMPARE(byNode[u"kong-a"_s].address, QHostAddress(u"192.168.1.10"_s));
    QVERIFY(session.probeList().listeners.value(t.forElement(u"kong-b"_s)->id).contains(80));
}

void TestLabTopology::standInsAreSaid()
{
    const LoadedProject loaded = loadProject(u"cumulocity-on-premises.yaml"_s);
    for (LabFirewall fw : {LabFirewall::Iptables, LabFirewall::Nftables}) {
        LabSession::Options options;
        options.firewall = fw;
        options.haproxy = false;
        const LabSession session(loaded.project, loaded.catalogs, options);
        const QString notes = session.notes().join(u'\n');
        // The firewall runs its own file (firewallAndNatOnOneRouter): no stand-in.
        QVERIFY2(!notes.contains(u"boundary firewall ext-fw"_s), qPrintable(notes));
        QVERIFY2(notes.contains(u"stand-in: load balancer ext-lb"_s), qPrintable(notes));
        QVERIFY(session.daemons().isEmpty());
        // With HAProxy the balancer's TCP listeners leave the stand-in.
        options.haproxy = true;
        if (LabBalancers::haproxyAvailable()) {
            const LabSession real(loaded.project, loaded.catalogs, options);
            QCOMPARE(real.daemons().size(), 1);
            QCOMPARE(real.daemons().first().origin, u"haproxy/ext-lb.cfg"_s);
            const QString realNotes = real.notes().join(u'\n');
            QVERIFY2(realNotes.contains(u"load balancer ext-lb runs its own HAProxy file"_s),
                     qPrintable(realNotes));
            QVERIFY2(!realNotes.contains(u"stand-in: load balancer ext-lb"_s), qPrintable(realNotes));
            for (const LabLoad &l : real.loads())
                QVERIFY2(l.element != u"ext-lb"_s, l.content.constData()); // no UDP listener: no stand-in
        }
        // The NAT layer runs its own gateway file, the one the bundle holds.
        QVERIFY2(!notes.contains(u"NAT layer egress-nat"_s), qPrintable(notes));
        int nat = 0;
        for (const LabLoad &l : session.loads())
            if (l.element == u"egress-nat"_s) {
                ++nat;
                QVERIFY(!l.standIn);
                QCOMPARE(l.origin, fw == LabFirewall::Iptables ? u"gateway-iptables/egress-nat.rules.v4"_s
                                                               : u"gateway-nftables/egress-nat.nft"_s);
                QVERIFY(l.content.contains(fw == LabFirewall::Iptables ? "SNAT --to-source 203.0.113.49"
                                                                       : "snat ip to 203.0.113.49"));
            }
        QCOMPARE(nat, 1);
    }
}

void TestLabTopology::firewallAndNatOnOneRouter_data()
{
    QTest::addColumn<int>("firewall");
    QTest::newRow("iptables") << int(LabFirewall::Iptables);
    QTest::newRow("nftables") << int(LabFirewall::Nftables);
}

// Seed 004: the external firewall and the egress NAT join the same zones
// (the datacenter and the internet): one router loads the firewall's file,
// then the NAT's (the bundle README's order), and every flow between the
// internet and the datacenter crosses it, so the firewall's rules see the
// hosts' own addresses.
void TestLabTopology::firewallAndNatOnOneRouter()
{
    QFETCH(int, firewall);
    const LoadedProject loaded = loadProject(u"cumulocity-on-premises.yaml"_s);
    LabSession::Options options;
    options.firewall = LabFirewall(firewall);
    const LabSession session(loaded.project, loaded.catalogs, options);
    const LabTopology &t = session.topology();
    const LabNamespace *router = t.forElement(u"ext-fw"_s);
    QVERIFY(router);
    QCOMPARE(router, t.forElement(u"egress-nat"_s));
    QCOMPARE(router->role, LabRole::Router);
    QCOMPARE(router->firewalls, QList<ElementId>{u"ext-fw"_s});
    QCOMPARE(router->label, u"egress-nat + ext-fw"_s);
    const bool iptables = options.firewall == LabFirewall::Iptables;
    QStringList origins;
    for (const LabLoad &l : session.loads()) {
        if (l.namespaceId != router->id)
            continue;
        QVERIFY(!l.standIn);
        origins << l.origin;
        // default drop, then the plan's forward accepts (IPv4: the plan has no IPv6 address)
        if (l.element == u"ext-fw"_s)
            QVERIFY(l.content.contains(iptables ? ":FORWARD DROP" : "policy drop;") &&
                    (l.tool == LabLoad::Tool::Ip6tablesRestore || l.content.contains("203.0.113.50")));
    }
    // iptables: the IPv4 files in the bundle README's order, then the
    // firewall's IPv6 one (the NAT layer translates nothing in IPv6).
    QCOMPARE(
        origins,
        iptables
            ? (QStringList{u"gateway-iptables/ext-fw.rules.v4"_s, u"gateway-iptables/egress-nat.rules.v4"_s,
                           u"gateway-ip6tables/ext-fw.rules.v6"_s})
            : (QStringList{u"gateway-nftables/ext-fw.nft"_s, u"gateway-nftables/egress-nat.nft"_s}));
    int crossing = 0;
    for (const LabFlow &flow : session.probeList().flows)
        for (int id : flow.probes) {
            const LabProbe &p = session.probeList().probes[id];
            const bool internet = t.find(p.sourceNamespace)->role == LabRole::Internet ||
                                  t.find(p.answerNamespace)->role == LabRole::Internet;
            QCOMPARE(p.path.contains(router->id), internet);
            crossing += int(internet);
        }
    QVERIFY(crossing > 0);
}

void TestLabTopology::hostRulesLoadPerHost()
{
    const LoadedProject loaded = loadProject(u"livekit-sip-aws.yaml"_s);
    for (LabFirewall fw : {LabFirewall::Iptables, LabFirewall::Nftables}) {
        LabSession::Options options;
        options.firewall = fw;
        const LabSession session(loaded.project, loaded.catalogs, options);
        int hostLoads = 0;
        for (const LabLoad &l : session.loads()) {
            if (l.standIn)
                continue;
            // iptables: both families' files, each by its own tool; nftables: one inet file.
            const QString extension = l.tool == LabLoad::Tool::Nft                ? u".nft"_s
                                      : l.tool == LabLoad::Tool::Ip6tablesRestore ? u".rules.v6"_s
                                                                                  : u".rules.v4"_s;
            QVERIFY2(l.origin.endsWith(extension), qPrintable(l.origin));
            QCOMPARE(l.tool == LabLoad::Tool::Nft, fw == LabFirewall::Nftables);
            if (session.topology().find(l.namespaceId)->role == LabRole::Host)
                ++hostLoads;
            else // the internet gateway's one-to-one NAT, from its gateway file
                QVERIFY2(l.origin.startsWith(u"gateway-"_s), qPrintable(l.origin));
        }
        // livekit x3, livekit-sip; under iptables their ip6tables files too
        QCOMPARE(hostLoads, fw == LabFirewall::Iptables ? 8 : 4);
    }
}

// A cluster past SharedSets::Minimum: the iptables files match the member
// set as an ipset (sets/<name>.ipset), which each host's namespace gets by
// `ipset restore` before its iptables file, as the file's header says.
void TestLabTopology::memberSetIpsetFirst()
{
    const int members = 40;
    QByteArray yaml = "format: 1\nname: Cluster\nzones:\n  - id: dc\n    name: Datacenter\n"
                      "    kind: datacenter\n    cidrs: [10.0.0.0/16]\nnodes:\n";
    for (int i = 1; i <= members; ++i)
        yaml += "  - id: n" + QByteArray::number(i) + "\n    zone: dc\n    addresses: [10.0.0." +
                QByteArray::number(i) +
                "]\n    components:\n      - use: kong-0.x/node\n        cluster: main\n";
    const CatalogSet catalogs = CatalogSet::bundled();
    Diagnostics errors;
    const auto project = ProjectReader::read(yaml, u"cluster.yaml"_s, catalogs, &errors);
    QVERIFY2(project, qPrintable(formatDiagnostics(errors)));
    LabSession::Options options;
    options.firewall = LabFirewall::Iptables;
    const LabSession session(*project, catalogs, options);
    QSet<QString> withSet, withRules;
    for (const LabLoad &l : session.loads()) {
        if (l.tool == LabLoad::Tool::IpsetRestore) {
            QVERIFY2(l.origin.startsWith(u"iptables/sets/shared4_"_s) && l.origin.endsWith(u".ipset"_s),
                     qPrintable(l.origin));
            QVERIFY(l.content.contains("\ncreate shared4_"));
            QVERIFY2(!withRules.contains(l.namespaceId), "the set must come before the rules");
            withSet.insert(l.namespaceId);
        } else if (l.tool == LabLoad::Tool::IptablesRestore && !l.standIn) {
            QVERIFY2(l.content.contains("-m set --match-set shared4_"), qPrintable(l.origin));
            withRules.insert(l.namespaceId);
        }
    }
    QCOMPARE(withRules.size(), members);
    QCOMPARE(withSet, withRules);
}

// LiveKit's plan is dual-stack: the balancer keeps its IPv6 address, the
// hosts get one from the subnet's IPv6 network (said in the notes), the
// internet has a public IPv6 address and routes to the VPC's IPv6 network
// through the internet gateway's router. The participants' IPv6 flow to the
// balancer is probed where a proxy joins the families (HAProxy: IPv6 in,
// IPv4 to the hosts, whose backend flow is IPv4 only); the nft stand-in
// cannot, and the plan says so instead of probing.
void TestLabTopology::dualStack()
{
    const LoadedProject loaded = loadProject(u"livekit-sip-aws.yaml"_s);
    LabSession::Options options;
    options.haproxy = false;
    const LabSession session(loaded.project, loaded.catalogs, options);
    const LabTopology &t = session.topology();
    const QHostAddress lbV6(u"2001:db8:20:1::10"_s);
    const LabNamespace *lb = t.forElement(u"lb"_s);
    QVERIFY(lb && lb->owns(lbV6));
    const Cidr subnet = *Cidr::parse(u"2001:db8:20:1::/64"_s);
    for (int i = 0; i < 3; ++i) {
        const QHostAddress v6 = t.forElement(u"livekit"_s, i)->address(QAbstractSocket::IPv6Protocol);
        QVERIFY2(subnet.contains(v6), qPrintable(v6.toString()));
    }
    QVERIFY2(session.notes().join(u'\n').contains(u"has no IPv6 address in the plan"_s),
             qPrintable(session.notes().join(u'\n')));
    const LabNamespace *internet = nullptr;
    for (const LabNamespace &ns : t.namespaces)
        if (ns.role == LabRole::Internet)
            internet = &ns;
    QVERIFY(internet);
    QVERIFY(!internet->address(QAbstractSocket::IPv6Protocol).isNull());
    const QStringList path = LabProbeLister::walk(t, {}, internet->id, Protocol::Tcp, lbV6, 443);
    QCOMPARE(path.size(), 3); // internet, the internet gateway's router, the balancer
    QCOMPARE(t.find(path[1])->element, u"igw"_s);
    QCOMPARE(path.last(), lb->id);

    auto v6ToBalancer = [&](const LabProbeList &probeList) {
        QList<LabProbe> found;
        for (const LabProbe &p : probeList.probes)
            if (p.kind == LabProbe::Kind::Flow && p.target == lbV6)
                found.append(p);
        return found;
    };
    QVERIFY(v6ToBalancer(session.probeList()).isEmpty());
    QVERIFY2(session.notes().join(u'\n').contains(u"not probed over IPv6: participants -> lb tcp 443"_s),
             qPrintable(session.notes().join(u'\n')));
    // With HAProxy serving 443 and 5349: probed over IPv6, answered by a LiveKit host over IPv4.
    const LabProbeList proxied =
        LabProbeLister::list(loaded.project, session.derived(), t, {}, {{lb->id, {443, 5349}}});
    const QList<LabProbe> probes = v6ToBalancer(proxied);
    QCOMPARE(probes.size(), 2);
    for (const LabProbe &p : probes) {
        // From a public IPv6 address of the internet's namespace, the participants' own.
        QCOMPARE(p.sourceNamespace, internet->id);
        QVERIFY(p.source.protocol() == QAbstractSocket::IPv6Protocol && !LabAddresses::isPrivate(p.source));
        QCOMPARE(t.find(p.answerNamespace)->element, u"livekit"_s);
        QCOMPARE(p.path.last(), p.answerNamespace);
    }
}

// The lab's listeners answer TLS on the ports the plan serves with TLS (a
// catalog port marked TLS), so that the audit run inside the lab finds the
// handshake it expects: Kong 0.x's proxy-ssl 8443, LiveKit SIP's 5061. Not
// behind a balancer that terminates TLS: LiveKit's TURN/TLS 5349 is plain
// on the hosts, as HAProxy speaks to them. Probes answered there speak TLS.
void TestLabTopology::tlsListeners()
{
    auto tlsOf = [](const LabSession &session, const ElementId &element) {
        QList<int> ports;
        for (const LabNamespace &ns : session.topology().namespaces)
            if (ns.element == element && ns.role == LabRole::Host)
                ports += session.probeList().tlsListeners.value(ns.id);
        return ports;
    };
    const LoadedProject kong = loadProject(u"kong-0x-two-datacenters-nat.yaml"_s);
    const LabSession kongLab(kong.project, kong.catalogs, {});
    QCOMPARE(tlsOf(kongLab, u"kong-a"_s), QList<int>{8443});
    QCOMPARE(tlsOf(kongLab, u"kong-b"_s), QList<int>{8443});
    int tlsProbes = 0;
    for (const LabProbe &p : kongLab.probeList().probes) {
        const bool tls = p.protocol == Protocol::Tcp && p.answerPort == 8443;
        QCOMPARE(p.tls, tls);
        tlsProbes += tls ? 1 : 0;
    }
    QVERIFY(tlsProbes > 0);
    const LoadedProject livekit = loadProject(u"livekit-sip-aws.yaml"_s);
    const LabSession livekitLab(livekit.project, livekit.catalogs, {});
    QCOMPARE(tlsOf(livekitLab, u"livekit-sip"_s), QList<int>{5061});
    QVERIFY(tlsOf(livekitLab, u"livekit"_s).isEmpty());
}

// A public IPv6 site with no NAT layer or firewall towards the internet (the
// netns test's IPv6-only fixture) is joined to it by a plain upstream
// router; its hosts are IPv6 only, as the plan gives them.
void TestLabTopology::ipv6OnlyUpstream()
{
    const LoadedProject loaded =
        loadProject(QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/netns/fixtures/kong-0x-ipv6-cluster.yaml"));
    const LabSession session(loaded.project, loaded.catalogs, {});
    const LabTopology &t = session.topology();
    int routers = 0;
    for (const LabNamespace &ns : t.namespaces) {
        if (ns.role == LabRole::Router) {
            ++routers;
            QVERIFY2(ns.label.startsWith(u"upstream"_s), qPrintable(ns.label));
        }
        if (ns.role == LabRole::Host)
            QVERIFY2(ns.address(QAbstractSocket::IPv4Protocol).isNull(), qPrintable(ns.label));
    }
    QCOMPARE(routers, 1);
    for (const LabFlow &flow : session.probeList().flows)
        QVERIFY2(!flow.probes.isEmpty(), qPrintable(flow.title + u' ' + flow.skipped));
    for (const LabProbe &p : session.probeList().probes)
        QVERIFY2(p.path.size() >= 2 && p.path.last() == p.answerNamespace, qPrintable(p.path.join(u' ')));
}

QTEST_GUILESS_MAIN(TestLabTopology)
#include "tst_labtopology.moc"
