// The derivation passes one by one: each alone on a prepared context from
// fixture folders (passAlone), and on small projects built in the test:
// settings moving flows (one row per setting family), features, peers, NAT,
// load balancers, admin and local ports, member sets, compaction,
// determinism.
#include "derivetesthelpers.h"
#include "passfixtures.h"

#include "derive/cidrinterner.h"
#include "derive/derivationjson.h"
#include "derive/rulecompaction.h"

#include <QMap>

using namespace Qt::StringLiterals;
using namespace portolan;
using namespace portolan::test;

namespace {

// "k=v;k=v" -> an indented YAML map body.
QByteArray yamlMap(const QString &pairs, int indent)
{
    QByteArray out;
    for (const QString &pair : pairs.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        out += QByteArray(indent, ' ') + '"' + pair.left(eq).toUtf8() + "\": \"" + pair.mid(eq + 1).toUtf8() +
               "\"\n";
    }
    return out;
}

// One node running `component` with the given overrides; internet users use
// every clients port of it; a trusted operations network exists.
QByteArray oneNodeProject(const QString &component, const QString &settings, const QString &features)
{
    QByteArray y = R"(format: 1
name: settings
zones:
  - id: internet
    name: Internet
    kind: internet
  - id: dc
    name: DC
    kind: datacenter
    cidrs: [10.0.0.0/24]
  - id: ops
    name: Ops
    kind: trusted
    parent: dc
    cidrs: [10.0.0.128/25]
nodes:
  - id: n1
    name: N1
    zone: dc
    addresses: [10.0.0.1]
    components:
      - use: )";
    y += component.toUtf8() + '\n';
    if (const QByteArray map = yamlMap(settings, 10); !map.isEmpty())
        y += "        settings:\n" + map;
    if (const QByteArray map = yamlMap(features, 10); !map.isEmpty())
        y +=
            "        features:\n" + QByteArray(map).replace("\"true\"", "true").replace("\"false\"", "false");
    y += R"(clients:
  - id: users
    name: Users
    role: users
    zone: internet
    uses:
      - target: n1
)";
    return y;
}

// port id -> "tcp/80 udp/..." for the flows to n1.
QMap<QString, QString> portsById(const Derivation &derivation)
{
    QMap<QString, FlowList> byPort;
    for (const Flow &f : derivation.flows)
        if (f.destination.id == u"n1"_s)
            byPort[f.port].append(f);
    QMap<QString, QString> result;
    for (auto it = byPort.cbegin(); it != byPort.cend(); ++it)
        result.insert(it.key(), portSet(it.value()).join(u' '));
    return result;
}

const Flow *findFlow(const Derivation &derivation, const std::function<bool(const Flow &)> &match)
{
    for (const Flow &f : derivation.flows)
        if (match(f))
            return &f;
    return nullptr;
}

QByteArray kongCluster(int nodes, int zones, const QString &clusterOfLast = {})
{
    QByteArray y = "format: 1\nname: cluster\nzones:\n";
    for (int z = 0; z < zones; ++z)
        y += QStringLiteral("  - id: z%1\n    name: Z%1\n    kind: network\n    cidrs: [10.%1.0.0/16]\n")
                 .arg(z)
                 .toUtf8();
    y += "nodes:\n";
    for (int n = 0; n < nodes; ++n) {
        y += QStringLiteral("  - id: k%1\n    name: K%1\n    zone: z%2\n    addresses: [10.%2.0.%3]\n"
                            "    components:\n      - use: kong-0.x/node\n")
                 .arg(n, 2, 10, QChar(u'0'))
                 .arg(n % zones)
                 .arg(n + 1)
                 .toUtf8();
        if (n == nodes - 1 && !clusterOfLast.isEmpty())
            y += "        cluster: " + clusterOfLast.toUtf8() + '\n';
    }
    return y;
}

} // namespace

class TestDerivePasses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Each pass alone on a prepared context, from tests/derive/passes/.
    void passAlone_data() { addPassCases(); }
    void passAlone()
    {
        QFETCH(QString, pass);
        QFETCH(QString, dir);
        runPassCase(pass, dir);
    }
    void settingsMoveFlows_data();
    void settingsMoveFlows();
    void peersOnlyWithinCluster();
    void natHopTranslatesPeerPort();
    void loadBalancerSplitsPath();
    void adminPortsOnlyFromTrusted();
    void localPortsNeverFlow();
    void largeClusterUsesMemberSets();
    void compactionMergesPortsAndSources();
    void ruleCountsLikeOneSourceTargets();
    void deterministicBytes();
};

void TestDerivePasses::settingsMoveFlows_data()
{
    QTest::addColumn<QString>("component");
    QTest::addColumn<QString>("base");        // settings on both sides
    QTest::addColumn<QString>("settings");    // the change
    QTest::addColumn<QString>("features");    // feature changes
    QTest::addColumn<QStringList>("changes"); // port id = ports after; every other port must not move

    QTest::newRow("kong-0.x proxy_listen 80")
        << u"kong-0.x/node"_s << QString() << u"proxy_listen=0.0.0.0:80"_s << QString()
        << QStringList{u"proxy=tcp/80"_s};
    QTest::newRow("kong-0.x proxy_listen_ssl 443")
        << u"kong-0.x/node"_s << QString() << u"proxy_listen_ssl=0.0.0.0:443"_s << QString()
        << QStringList{u"proxy-ssl=tcp/443"_s};
    QTest::newRow("kong-3.3 proxy_listen 80/443")
        << u"kong-3.3/node"_s << QString() << u"proxy_listen=0.0.0.0:80, 0.0.0.0:443 ssl"_s << QString()
        << QStringList{u"proxy=tcp/80"_s, u"proxy-ssl=tcp/443"_s};
    QTest::newRow("livekit rtc.port_range")
        << u"livekit-server/server"_s << QString() << u"rtc.port_range_start=40000;rtc.port_range_end=40999"_s
        << QString() << QStringList{u"ice-udp=udp/40000-40999"_s};
    QTest::newRow("livekit rtc.udp_port replaces the range")
        << u"livekit-server/server"_s << QString() << u"rtc.udp_port=7882"_s << QString()
        << QStringList{u"ice-udp="_s, u"ice-udp-mux=udp/7882"_s};
    QTest::newRow("livekit turn.tls_port 443")
        << u"livekit-server/server"_s << u"turn.enabled=true"_s << u"turn.tls_port=443"_s << QString()
        << QStringList{u"turn-tls=tcp/443"_s};
    QTest::newRow("livekit turn feature")
        << u"livekit-server/server"_s << QString() << u"turn.enabled=true"_s << QString()
        << QStringList{u"turn-tls=tcp/5349"_s, u"turn-udp=udp/3478"_s};
    QTest::newRow("livekit-sip rtp_port") << u"livekit-sip/sip"_s << QString() << u"rtp_port=30000-30100"_s
                                          << QString() << QStringList{u"rtp=udp/30000-30100"_s};
    QTest::newRow("livekit-sip tls feature") << u"livekit-sip/sip"_s << QString() << QString()
                                             << u"tls=true"_s << QStringList{u"sip-tls=tcp/5061"_s};
    QTest::newRow("kong-enterprise stream_listen 4242")
        << u"kong-enterprise/node"_s << QString() << u"stream_listen=0.0.0.0:4242"_s << QString()
        << QStringList{u"stream=tcp/4242"_s};
    QTest::newRow("kong-enterprise admin 8444 ssl")
        << u"kong-enterprise/node"_s << QString() << u"admin_listen=0.0.0.0:8444 ssl"_s << QString()
        << QStringList{u"admin-ssl=tcp/8444"_s};
    QTest::newRow("kong-3.3 admin 8444 http2 ssl")
        << u"kong-3.3/node"_s << QString() << u"admin_listen=127.0.0.1:8001, 0.0.0.0:8444 http2 ssl"_s
        << QString() << QStringList{u"admin-ssl=tcp/8444"_s};
}

void TestDerivePasses::settingsMoveFlows()
{
    QFETCH(QString, component);
    QFETCH(QString, base);
    QFETCH(QString, settings);
    QFETCH(QString, features);
    QFETCH(QStringList, changes);
    if (!bundledCatalogs().component(component))
        QSKIP("the bundled catalogs have no such component yet");

    const auto before = readProject(oneNodeProject(component, base, {}));
    const auto after = readProject(oneNodeProject(component, base + u';' + settings, features));
    QVERIFY(before && after);
    QMap<QString, QString> portsBefore = portsById(Deriver::derive(*before, bundledCatalogs()));
    QMap<QString, QString> portsAfter = portsById(Deriver::derive(*after, bundledCatalogs()));
    for (const QString &change : std::as_const(changes)) {
        const QString port = change.section(u'=', 0, 0);
        QCOMPARE(portsAfter.value(port), change.section(u'=', 1));
        QVERIFY2(portsBefore.value(port) != portsAfter.value(port), qPrintable(u"did not move: "_s + port));
        portsBefore.remove(port);
        portsAfter.remove(port);
    }
    QCOMPARE(portsAfter, portsBefore); // nothing else moved
}

void TestDerivePasses::peersOnlyWithinCluster()
{
    const auto project = readProject(kongCluster(3, 1, u"other"_s));
    QVERIFY(project);
    const Derivation derivation = Deriver::derive(*project, bundledCatalogs());
    const FlowList peers =
        select(derivation.flows, [](const Flow &f) { return f.audience == Audience::Peers; });
    QStringList seen;
    for (const Flow &f : peers)
        seen.append(f.source.id + u'>' + f.destination.id + u' ' + protocolName(f.protocol) + u'/' +
                    f.ports.toString());
    QCOMPARE(seen, (QStringList{u"k00>k01 tcp/7946"_s, u"k00>k01 udp/7946"_s, u"k01>k00 tcp/7946"_s,
                                u"k01>k00 udp/7946"_s}));
}

void TestDerivePasses::natHopTranslatesPeerPort()
{
    const auto project = readExample(u"kong-0x-two-datacenters-nat.yaml"_s);
    QVERIFY(project);
    const Derivation derivation = Deriver::derive(*project, bundledCatalogs());
    const Flow *f = findFlow(derivation, [](const Flow &x) {
        return x.source.id == u"kong-a"_s && x.destination.id == u"kong-b"_s && x.port == u"cluster"_s &&
               x.protocol == Protocol::Udp;
    });
    QVERIFY(f);
    QCOMPARE(f->ports, PortRange::single(80));
    QCOMPARE(viaIds(*f), (QStringList{u"vpn-dc1-dc2"_s, u"nat-dc2"_s}));
    const FlowHop &nat = f->via.last();
    QCOMPARE(DerivationJson::addressPorts(nat.fromAddress, nat.fromPorts), u"192.168.10.5:9000"_s);
    QCOMPARE(DerivationJson::addressPorts(nat.toAddress, nat.toPorts), u"192.168.23.45:80"_s);
    // kong-b's host firewall lets kong-a in on what it listens on.
    const RuleSet *host = derivation.ruleSet(u"host:kong-b"_s);
    QVERIFY(host);
    bool found = false;
    for (const Rule &r : host->rules)
        found |= r.protocol == Protocol::Udp && portStrings(r.ports) == QStringList{u"80"_s} &&
                 cidrStrings(r.peers) == QStringList{u"192.168.1.10/32"_s};
    QVERIFY(found);
}

void TestDerivePasses::loadBalancerSplitsPath()
{
    const auto project = readProject(R"(format: 1
name: lb
zones:
  - {id: internet, name: Internet, kind: internet}
  - {id: dc, name: DC, kind: datacenter, cidrs: [10.0.0.0/24]}
nodes:
  - id: gw
    name: GW
    zone: dc
    count: 2
    addresses: [10.0.0.11, 10.0.0.12]
    components:
      - use: kong-3.3/node
load_balancers:
  - id: lb
    name: LB
    zone: dc
    addresses: [10.0.0.10]
    listeners:
      - {protocol: tcp, port: 443, tls: terminate, target: gw, component: kong-3.3/node, target_port: proxy-ssl}
clients:
  - id: users
    name: Users
    role: users
    zone: internet
    uses:
      - target: gw
        port: proxy-ssl
)");
    QVERIFY(project);
    const Derivation derivation = Deriver::derive(*project, bundledCatalogs());
    const FlowList ssl = select(derivation.flows, [](const Flow &f) { return f.port == u"proxy-ssl"_s; });
    QCOMPARE(ssl.size(), 2);
    QCOMPARE(ssl[0].source.id, u"lb"_s); // "lb>gw" sorts before "users>lb"
    QCOMPARE(ssl[0].destination.id, u"gw"_s);
    QCOMPARE(ssl[0].ports, PortRange::single(8443));
    QCOMPARE(ssl[1].source.id, u"users"_s);
    QCOMPARE(ssl[1].destination.id, u"lb"_s);
    QCOMPARE(ssl[1].ports, PortRange::single(443));
    for (const Flow &f : ssl) {
        QCOMPARE(viaIds(f), QStringList{u"lb"_s});
        QCOMPARE(f.via.first().tls, TlsMode::Terminate);
        QCOMPARE(f.via.first().fromPorts, PortRange::single(443));
        QCOMPARE(f.via.first().toPorts, PortRange::single(8443));
    }
    // The node's host firewall admits 8443 only from the balancer.
    const RuleSet *host = derivation.ruleSet(u"host:gw"_s);
    QVERIFY(host);
    for (const Rule &r : host->rules)
        if (r.ports.contains(PortRange::single(8443)))
            QCOMPARE(cidrStrings(r.peers), QStringList{u"10.0.0.10/32"_s});
}

void TestDerivePasses::adminPortsOnlyFromTrusted()
{
    QByteArray y = oneNodeProject(u"kong-0.x/node"_s, {}, {});
    y += "      - target: n1\n        port: admin\n";
    const auto project = readProject(y);
    QVERIFY(project);
    const Derivation derivation = Deriver::derive(*project, bundledCatalogs());
    const FlowList admin = select(derivation.flows, [](const Flow &f) { return f.port == u"admin"_s; });
    QCOMPARE(admin.size(), 1);
    QCOMPARE(admin.first().source.id, u"ops"_s); // the trusted zone, not the users
    QCOMPARE(cidrStrings(admin.first().source.cidrs), QStringList{u"10.0.0.128/25"_s});
    QCOMPARE(derivation.refused.size(), 1);
    QCOMPARE(derivation.refused.first().client, u"users"_s);
    QCOMPARE(derivation.refused.first().port, u"admin"_s);
}

void TestDerivePasses::localPortsNeverFlow()
{
    const auto project = readProject(kongCluster(2, 1));
    QVERIFY(project);
    const Derivation derivation = Deriver::derive(*project, bundledCatalogs());
    QVERIFY(select(derivation.flows, [](const Flow &f) {
                return f.port == u"cluster-rpc"_s || f.ports.contains(7373);
            }).isEmpty());
    QCOMPARE(derivation.localPorts.size(), 2);
    QCOMPARE(derivation.localPorts.first().port, u"cluster-rpc"_s);
    QCOMPARE(derivation.localPorts.first().bindAddress, QHostAddress(u"127.0.0.1"_s));
    for (const RuleSet &set : derivation.ruleSets)
        for (const Rule &r : set.rules)
            for (const PortRange &p : r.ports)
                QVERIFY(!p.contains(7373));
}

void TestDerivePasses::largeClusterUsesMemberSets()
{
    const int nodes = 40;
    const auto project = readProject(kongCluster(nodes, 2));
    QVERIFY(project);
    const Derivation derivation = Deriver::derive(*project, bundledCatalogs());
    const FlowList peers =
        select(derivation.flows, [](const Flow &f) { return f.audience == Audience::Peers; });
    QCOMPARE(peers.size(), nodes * 2 /* zones */ * 2 /* tcp, udp */);
    for (const Flow &f : peers) {
        QVERIFY(f.source.isMemberSet());
        QCOMPARE(f.source.members.size(), nodes / 2);
    }
    // Every host admits all 40 peers (itself included) in one rule per protocol.
    const RuleSet *host = derivation.ruleSet(u"host:k07"_s);
    QVERIFY(host);
    int cluster = 0;
    for (const Rule &r : host->rules) {
        if (portStrings(r.ports) != QStringList{u"7946"_s})
            continue;
        ++cluster;
        QCOMPARE(r.peers.size(), nodes);
    }
    QCOMPARE(cluster, 2);
}

void TestDerivePasses::compactionMergesPortsAndSources()
{
    QCOMPARE(portStrings(RuleCompaction::mergedPorts({PortRange::single(443),
                                                      PortRange::single(80),
                                                      PortRange::single(81),
                                                      PortRange::single(82),
                                                      {8000, 8100},
                                                      {8050, 8200}})),
             (QStringList{u"80-82"_s, u"443"_s, u"8000-8200"_s}));
    const CidrList mixed{*Cidr::parse(u"10.1.0.0/16"_s), *Cidr::parse(u"::/0"_s),
                         *Cidr::parse(u"10.0.0.0/8"_s), *Cidr::parse(u"192.168.0.1"_s),
                         *Cidr::parse(u"10.0.0.0/8"_s)};
    QCOMPARE(cidrStrings(CidrInterner::normalized(mixed, IpFamily::IPv4)),
             (QStringList{u"10.0.0.0/8"_s, u"192.168.0.1/32"_s}));
    QCOMPARE(cidrStrings(CidrInterner::normalized(mixed, IpFamily::IPv6)), QStringList{u"::/0"_s});

    // Two client ports from the internet: one rule with both ports; IPv6 kept apart.
    const auto project =
        readProject(oneNodeProject(u"kong-0.x/node"_s, {}, {})
                        .replace("cidrs: [10.0.0.0/24]", "cidrs: [10.0.0.0/24, 2001:db8::/64]")
                        .replace("    addresses: [10.0.0.1]\n", ""));
    QVERIFY(project);
    const Derivation derivation = Deriver::derive(*project, bundledCatalogs());
    const RuleSet *host = derivation.ruleSet(u"host:n1"_s);
    QVERIFY(host);
    QStringList rules;
    for (const Rule &r : host->rules)
        rules.append(directionName(r.direction) + u' ' + DerivationJson::familyName(r.family) + u' ' +
                     protocolName(r.protocol) + u' ' + portStrings(r.ports).join(u',') + u" from " +
                     cidrStrings(r.peers).join(u','));
    QCOMPARE(rules, (QStringList{u"ingress ipv4 tcp 8000,8443 from 0.0.0.0/0"_s,
                                 u"ingress ipv4 tcp 8001 from 10.0.0.128/25"_s,
                                 u"ingress ipv6 tcp 8000,8443 from ::/0"_s}));
}

void TestDerivePasses::ruleCountsLikeOneSourceTargets()
{
    RuleSet set;
    Rule r;
    r.ports = {PortRange::single(80), PortRange::single(443)};
    r.peers = {*Cidr::parse(u"10.0.0.0/8"_s), *Cidr::parse(u"192.168.0.0/16"_s)};
    set.rules.append(r);
    Rule group;
    group.peerGroup = u"sg:other"_s;
    group.ports = {{7000, 7100}};
    set.rules.append(group);
    Rule six;
    six.family = IpFamily::IPv6;
    six.protocol = Protocol::Any;
    six.peers = {*Cidr::parse(u"::/0"_s)};
    set.rules.append(six);
    QCOMPARE(set.count(Direction::Ingress, IpFamily::IPv4), 5);
    QCOMPARE(set.count(Direction::Ingress, IpFamily::IPv6), 1);
    QCOMPARE(set.count(Direction::Egress, IpFamily::IPv4), 0);
}

void TestDerivePasses::deterministicBytes()
{
    auto project = readExample(u"kong-0x-two-datacenters-nat.yaml"_s);
    QVERIFY(project);
    const Derivation first = Deriver::derive(*project, bundledCatalogs());
    const Derivation second = Deriver::derive(*project, bundledCatalogs());
    QCOMPARE(DerivationJson::flowsDocument(first), DerivationJson::flowsDocument(second));
    QCOMPARE(DerivationJson::ruleSetsDocument(first), DerivationJson::ruleSetsDocument(second));
    // The file's element order does not matter either.
    std::reverse(project->nodes.begin(), project->nodes.end());
    std::reverse(project->clients.begin(), project->clients.end());
    const Derivation reordered = Deriver::derive(*project, bundledCatalogs());
    QCOMPARE(DerivationJson::flowsDocument(reordered), DerivationJson::flowsDocument(first));
    QCOMPARE(DerivationJson::ruleSetsDocument(reordered), DerivationJson::ruleSetsDocument(first));
}

QTEST_GUILESS_MAIN(TestDerivePasses)
#include "tst_derivepasses.moc"
