// The seeds' own expectations, asserted on the bundled examples (issue 3):
// Cumulocity's external firewall, LiveKit's exposed ports, Kong 0.x's
// cluster, local and Admin API ports.
#include "derivetesthelpers.h"

#include "catalog/componentinstance.h"
#include "derive/derivationjson.h"

#include <QSet>

using namespace Qt::StringLiterals;
using namespace portolan;
using namespace portolan::test;

namespace {

// One line per (direction, protocol, port range, peer, local address): what a
// rule set lets through, whatever the compaction.
QSet<QString> expand(const RuleSet &set, Direction direction)
{
    QSet<QString> lines;
    for (const Rule &r : set.rules) {
        if (r.direction != direction)
            continue;
        const QStringList ports = r.protocol == Protocol::Any ? QStringList{u"any"_s} : portStrings(r.ports);
        const QStringList peers = r.peerGroup.isEmpty() ? cidrStrings(r.peers) : QStringList{r.peerGroup};
        const QStringList local =
            r.localAddresses.isEmpty() ? QStringList{u"*"_s} : cidrStrings(r.localAddresses);
        for (const QString &port : ports)
            for (const QString &peer : peers)
                for (const QString &address : local)
                    lines.insert(protocolName(r.protocol) + u'/' + port + u' ' + peer + u' ' + address);
    }
    return lines;
}

QSet<QString> cross(const QStringList &ports, const QStringList &peers, const QStringList &local)
{
    QSet<QString> lines;
    for (const QString &port : ports)
        for (const QString &peer : peers)
            for (const QString &address : local)
                lines.insert(port + u' ' + peer + u' ' + address);
    return lines;
}

std::optional<Derivation> derivationOf(const QString &example)
{
    if (!QFile::exists(examplePath(example)))
        return std::nullopt;
    const auto project = readExample(example);
    if (!project)
        return std::nullopt;
    return Deriver::derive(*project, bundledCatalogs());
}

bool rulesAllowFlowsOf(const Rule &rule, const QString &fragment)
{
    return std::any_of(rule.flowKeys.cbegin(), rule.flowKeys.cend(),
                       [&](const QString &key) { return key.contains(fragment); });
}

} // namespace

class TestDeriveSeeds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cumulocityExternalFirewall();
    void livekitExposedPorts();
    void kong0xClusterAdminAndLocal();
};

void TestDeriveSeeds::cumulocityExternalFirewall()
{
    const auto derivation = derivationOf(u"cumulocity-on-premises.yaml"_s);
    if (!derivation)
        QSKIP("the Cumulocity example is not bundled");
    const RuleSet *fw = derivation->ruleSet(u"fw:ext-fw"_s);
    QVERIFY(fw);
    // In: exactly TCP 80, 443, 1883, 8883 from anywhere to the external load balancer.
    QCOMPARE(expand(*fw, Direction::Ingress), cross({u"tcp/80"_s, u"tcp/443"_s, u"tcp/1883"_s, u"tcp/8883"_s},
                                                    {u"0.0.0.0/0"_s}, {u"203.0.113.50/32"_s}));
    // Out: 80, 443, 25 from the core and Apama nodes; DNS and NTP from them too.
    const QStringList coreAndApama{u"10.30.2.11/32"_s, u"10.30.2.12/32"_s, u"10.30.2.13/32"_s,
                                   u"10.30.2.21/32"_s};
    QSet<QString> tcpOut, udpOut;
    for (const QString &line : expand(*fw, Direction::Egress))
        (line.startsWith(u"tcp/"_s) ? tcpOut : udpOut).insert(line);
    QCOMPARE(tcpOut, cross({u"tcp/25"_s, u"tcp/80"_s, u"tcp/443"_s}, {u"0.0.0.0/0"_s}, coreAndApama));
    const QSet<QString> dnsNtp = cross({u"udp/53"_s, u"udp/123"_s}, {u"0.0.0.0/0"_s}, coreAndApama);
    QVERIFY(udpOut.contains(dnsNtp));
    for (const QString &line : std::as_const(udpOut))
        QVERIFY2(line.startsWith(u"udp/53 "_s) || line.startsWith(u"udp/123 "_s), qPrintable(line));
}

void TestDeriveSeeds::livekitExposedPorts()
{
    const auto project = QFile::exists(examplePath(u"livekit-sip-aws.yaml"_s))
                             ? readExample(u"livekit-sip-aws.yaml"_s)
                             : std::nullopt;
    if (!project)
        QSKIP("the LiveKit example is not bundled");
    const Derivation derivation = Deriver::derive(*project, bundledCatalogs());

    // The catalogs' "exposed: yes" rows enabled on the example's nodes...
    QSet<QString> exposed;
    for (const Node &node : project->nodes) {
        for (const ComponentUse &use : node.components) {
            const auto instance = ComponentInstance::make(bundledCatalogs(), use);
            QVERIFY(instance);
            for (const PortDef &port : instance->def().ports)
                if (port.exposed == u"yes"_s && instance->portEnabled(port))
                    exposed.insert(node.id + u' ' + port.id);
        }
    }
    QVERIFY(!exposed.isEmpty());
    // ... are exactly what the internet reaches on the nodes themselves.
    QSet<QString> reached;
    for (const Flow &f : derivation.flows) {
        const Zone *zone = project->zone(f.source.zone);
        if (zone && project->zoneIsWithin(zone->id, u"internet"_s) && f.destination.kind == ElementKind::Node)
            reached.insert(f.destination.id + u' ' + f.port);
    }
    QCOMPARE(reached, exposed);

    // 7880 (api) only from the load balancer, in flows and in rules.
    const FlowList api = select(derivation.flows, [](const Flow &f) {
        return f.port == u"api"_s && f.destination.kind == ElementKind::Node;
    });
    QVERIFY(!api.isEmpty());
    for (const Flow &f : api) {
        QCOMPARE(f.source.id, u"lb"_s);
        QCOMPARE(f.ports, PortRange::single(7880));
    }
    for (const QString &point : {u"host:livekit"_s, u"sg:livekit"_s}) {
        const RuleSet *set = derivation.ruleSet(point);
        QVERIFY2(set, qPrintable(point));
        for (const Rule &r : set->rules) {
            if (r.direction != Direction::Ingress ||
                !std::any_of(r.ports.cbegin(), r.ports.cend(),
                             [](const PortRange &p) { return p.contains(7880); }))
                continue;
            if (r.peerGroup.isEmpty())
                QCOMPARE(cidrStrings(r.peers), QStringList{u"10.20.1.10/32"_s});
            else
                QCOMPARE(r.peerGroup, u"lb:lb"_s);
        }
    }
}

void TestDeriveSeeds::kong0xClusterAdminAndLocal()
{
    const auto derivation = derivationOf(u"kong-0x-two-datacenters-nat.yaml"_s);
    QVERIFY(derivation);
    const QSet<QString> kongNodes{u"kong-a"_s, u"kong-b"_s};
    const QStringList kongAddresses{u"192.168.1.10/32"_s, u"192.168.23.45/32"_s};

    // 7946 (kong-b listens on 80 behind the NAT) tcp and udp, both ways, only between Kong nodes.
    const FlowList cluster = select(derivation->flows, [](const Flow &f) { return f.port == u"cluster"_s; });
    QStringList pairs;
    for (const Flow &f : cluster) {
        QVERIFY(kongNodes.contains(f.source.id) && kongNodes.contains(f.destination.id));
        pairs.append(f.source.id + u'>' + f.destination.id + u' ' + protocolName(f.protocol) + u'/' +
                     f.ports.toString());
    }
    QCOMPARE(pairs, (QStringList{u"kong-a>kong-b tcp/80"_s, u"kong-a>kong-b udp/80"_s,
                                 u"kong-b>kong-a tcp/7946"_s, u"kong-b>kong-a udp/7946"_s}));
    for (const RuleSet &set : derivation->ruleSets) {
        for (const Rule &r : set.rules) {
            if (rulesAllowFlowsOf(r, u"|kong-0.x/node|cluster|"_s)) {
                QVERIFY(!r.peers.isEmpty());
                for (const QString &peer : cidrStrings(r.peers))
                    QVERIFY2(kongAddresses.contains(peer), qPrintable(set.id + u": "_s + peer));
            }
            // 7373 in no rule.
            for (const PortRange &p : r.ports)
                QVERIFY2(!p.contains(7373), qPrintable(set.id));
            // The Admin API only from the admin network.
            if (rulesAllowFlowsOf(r, u"|kong-0.x/node|admin|"_s))
                QCOMPARE(cidrStrings(r.peers), QStringList{u"192.168.1.128/25"_s});
        }
    }
    const FlowList admin = select(derivation->flows, [](const Flow &f) { return f.port == u"admin"_s; });
    QCOMPARE(admin.size(), 2);
    for (const Flow &f : admin)
        QCOMPARE(cidrStrings(f.source.cidrs), QStringList{u"192.168.1.128/25"_s});
    QVERIFY(select(derivation->flows, [](const Flow &f) { return f.port == u"cluster-rpc"_s; }).isEmpty());
}

QTEST_GUILESS_MAIN(TestDeriveSeeds)
#include "tst_deriveseeds.moc"
