// FlowPaths: each flow's path status, where it stops, and the packet's
// addresses as it leaves each hop, on the bundled examples and on small
// projects written here (one row per rule of docs/derivation.md "Paths").
#include "derivetesthelpers.h"

#include "derive/derivationjson.h"
#include "derive/flowpaths.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace portolan;
using namespace portolan::test;

namespace {

// A datacenter and the internet; `extra` adds elements (YAML appended).
QByteArray project(const QByteArray &nodeAddresses, const QByteArray &extra,
                   const QByteArray &zoneCidrs = "[10.9.0.0/24]")
{
    return R"(format: 1
name: paths
zones:
  - id: internet
    kind: internet
  - id: dc
    kind: datacenter
    cidrs: )" +
           zoneCidrs + R"(
  - id: office
    kind: network
    cidrs: [172.20.0.0/16]
nodes:
  - id: kong
    zone: dc
    addresses: )" +
           nodeAddresses + R"(
    components:
      - use: kong-0.x/node
      - use: base/host
clients:
  - id: users
    role: users
    zone: internet
    uses:
      - target: kong
        port: proxy-ssl
  - id: staff
    role: users
    zone: office
    uses:
      - target: kong
        port: proxy
)" + extra;
}

// One NAT in front of the datacenter: a tcp mapping of its address's
// `outsidePorts` to kong's `insidePorts`, and source NAT when asked.
enum class SourceNat
{
    No,
    Yes
};

QByteArray nat(const QByteArray &id, const QByteArray &address, const QByteArray &outsidePorts,
               const QByteArray &insidePorts, SourceNat sourceNat)
{
    return "nats:\n  - id: " + id + "\n    inside: dc\n    outside: internet\n    addresses: [" + address +
           "]\n" + (sourceNat == SourceNat::Yes ? "    source_nat: true\n" : "") +
           "    mappings:\n      - protocol: tcp\n        outside: " + address + ':' + outsidePorts +
           "\n        inside: 10.9.0.10:" + insidePorts + '\n';
}

QString describe(const Flow &flow)
{
    QString text = pathStatusName(flow.path.status);
    if (flow.path.family != PathFamily::Both)
        text += u" over "_s + pathFamilyName(flow.path.family) + u" (other "_s +
                pathStatusName(flow.path.otherStatus) + u')';
    if (flow.path.status != PathStatus::Works)
        text += u' ' + pathProblemName(flow.path.problem) + u'@' + flow.path.stop;
    return text;
}

} // namespace

class TestFlowPaths : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void status_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("users");  // internet users -> kong proxy-ssl
        QTest::addColumn<QString>("staff");  // office staff -> kong proxy
        QTest::addColumn<QString>("egress"); // kong's DNS (udp 53) to the internet

        QTest::newRow("private, nothing in front")
            << project("[10.9.0.10]", "") << u"cannot-work private-unreachable@kong"_s
            << u"cannot-work sites-not-linked@kong"_s << u"cannot-work egress-no-source-nat@kong"_s;
        QTest::newRow("public address")
            << project("[198.51.100.10]", "", "[198.51.100.0/24]") << u"works"_s << u"works"_s << u"works"_s;
        QTest::newRow("nat maps another port, no source nat")
            << project("[10.9.0.10]", nat("edge", "198.51.100.20", "80", "8000", SourceNat::No) + R"(links:
  - id: vpn
    kind: vpn
    between: [office, dc]
)") << u"cannot-work nat-no-mapping@edge"_s
            << u"works"_s << u"cannot-work egress-no-source-nat@edge"_s;
        QTest::newRow("nat maps 443 and translates the source")
            << project("[10.9.0.10]", nat("edge", "198.51.100.20", "443", "8443", SourceNat::Yes))
            << u"works"_s << u"cannot-work nat-no-mapping@edge"_s << u"works"_s;
        QTest::newRow("one-to-one nat, no source_nat flag")
            << project("[10.9.0.10]", nat("gw", "198.51.100.20", "1-65535", "1-65535", SourceNat::No))
            << u"works"_s << u"works"_s << u"works"_s;
        QTest::newRow("nat with a private outside address")
            << project("[10.9.0.10]", nat("inner", "100.64.0.5", "443", "8443", SourceNat::Yes))
            << u"cannot-work private-unreachable@inner"_s << u"cannot-work sites-not-linked@kong"_s
            << u"cannot-work egress-no-source-nat@inner"_s;
        // Dual stack: each family on its own path (docs/derivation.md, "Paths").
        QTest::newRow("dual stack: public IPv4, unique-local IPv6")
            << project("[198.51.100.10, fd00:9::10]", "", "[198.51.100.0/24, fd00:9::/64]")
            << u"cannot-work over ipv6 (other works) private-unreachable@kong"_s << u"works"_s
            << u"cannot-work over ipv6 (other works) egress-no-source-nat@kong"_s;
        QTest::newRow("dual stack: IPv4 through the NAT, public IPv6 direct")
            << project("[10.9.0.10, 2001:db8:9::10]",
                       nat("edge", "198.51.100.20", "443", "8443", SourceNat::Yes),
                       "[10.9.0.0/24, 2001:db8:9::/64]")
            << u"works"_s << u"cannot-work nat-no-mapping@edge"_s << u"works"_s;
        QTest::newRow("dual stack: IPv4 through a NAT that maps another port, public IPv6")
            << project("[10.9.0.10, 2001:db8:9::10]",
                       nat("edge", "198.51.100.20", "80", "8000", SourceNat::Yes),
                       "[10.9.0.0/24, 2001:db8:9::/64]")
            << u"cannot-work over ipv4 (other works) nat-no-mapping@edge"_s
            << u"works"_s // the office (IPv4 only) uses the mapping of port 80 to proxy 8000
            << u"works"_s;
        QTest::newRow("no addresses, zone without cidrs")
            << project("[]", "", "[]") << u"unknown no-address@kong"_s << u"unknown no-address@kong"_s
            << u"unknown no-address@kong"_s;
    }

    void status()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, users);
        QFETCH(QString, staff);
        QFETCH(QString, egress);
        const auto p = readProject(yaml);
        QVERIFY(p);
        const FlowList flows = Deriver::flows(*p, bundledCatalogs());
        auto one = [&](const QString &source, const QString &port) -> QString {
            const FlowList found = select(flows, [&](const Flow &f) {
                const Protocol protocol =
                    port == u"dns"_s ? Protocol::Udp : Protocol::Tcp; // base/host DNS is udp
                return f.source.id == source && f.port == port && f.protocol == protocol;
            });
            return found.size() == 1 ? describe(found.first()) : u"%1 flows"_s.arg(found.size());
        };
        QCOMPARE(one(u"users"_s, u"proxy-ssl"_s), users);
        QCOMPARE(one(u"staff"_s, u"proxy"_s), staff);
        QCOMPARE(one(u"kong"_s, u"dns"_s), egress);
    }

    // The reason, the JSON and the hosts of a dual-stack group say which
    // family stops and how the other fares.
    void dualStackGroup()
    {
        QByteArray yaml = project("[198.51.100.10, 198.51.100.11, fd00:9::10, fd00:9::11]", "",
                                  "[198.51.100.0/24, fd00:9::/64]");
        yaml.replace("    zone: dc\n    addresses:", "    zone: dc\n    count: 2\n    addresses:");
        const auto p = readProject(yaml);
        QVERIFY(p);
        const Node &group = p->nodes.first();
        QCOMPARE(group.count, 2);
        QCOMPARE(group.hostAddresses(1),
                 QList<QHostAddress>({QHostAddress(u"198.51.100.11"_s), QHostAddress(u"fd00:9::11"_s)}));
        QVERIFY(group.hostAddresses(2).isEmpty());
        QVERIFY(!Node::addressesFit(
            2, {QHostAddress(u"10.0.0.1"_s), QHostAddress(u"10.0.0.2"_s), QHostAddress(u"10.0.0.3"_s)}));
        QVERIFY(Node::addressesFit(1, {QHostAddress(u"10.0.0.1"_s), QHostAddress(u"10.0.0.2"_s),
                                       QHostAddress(u"10.0.0.3"_s)})); // one multi-homed host

        const FlowList users = select(Deriver::flows(*p, bundledCatalogs()), [](const Flow &f) {
            return f.source.id == u"users"_s && f.port == u"proxy-ssl"_s;
        });
        QCOMPARE(users.size(), 1);
        const Flow &flow = users.first();
        QCOMPARE(flow.path.family, PathFamily::IPv6);
        QCOMPARE(flow.path.otherStatus, PathStatus::Works);
        const QString reason = FlowPaths::reason(flow);
        QVERIFY2(reason.startsWith(u"over IPv6: "_s) &&
                     reason.endsWith(u"(over IPv4 the path status is works)"_s),
                 qPrintable(reason));
        const QJsonObject path = DerivationJson::path(flow);
        QCOMPARE(path.value(u"status"_s).toString(), u"cannot-work"_s);
        QCOMPARE(path.value(u"family"_s).toString(), u"ipv6"_s);
        QCOMPARE(path.value(u"families"_s).toObject(),
                 QJsonObject({{u"ipv4"_s, u"works"_s}, {u"ipv6"_s, u"cannot-work"_s}}));
    }

    // Seed 001: kong-a reaches kong-b's cluster port through the NAT's
    // mapping 192.168.10.5:9000 -> 192.168.23.45:80, tcp and udp, over the VPN.
    void seedNatHops()
    {
        const auto p = readExample(u"kong-0x-two-datacenters-nat.yaml"_s);
        QVERIFY(p);
        const FlowList flows = select(Deriver::flows(*p, bundledCatalogs()), [](const Flow &f) {
            return f.source.id == u"kong-a"_s && f.destination.id == u"kong-b"_s && f.port == u"cluster"_s;
        });
        QCOMPARE(flows.size(), 2);
        for (const Flow &flow : flows) {
            QCOMPARE(flow.path.status, PathStatus::Works);
            QStringList steps;
            for (const FlowPaths::Step &step : FlowPaths::steps(flow))
                steps.append(step.id + u' ' + step.source.toString() + u'>' + step.destination.toString() +
                             u':' + step.ports.toString());
            QCOMPARE(steps, QStringList({u"kong-a 192.168.1.10>192.168.10.5:9000"_s,
                                         u"vpn-dc1-dc2 192.168.1.10>192.168.10.5:9000"_s,
                                         u"nat-dc2 192.168.1.10>192.168.23.45:80"_s}));
            QVERIFY(FlowPaths::reason(flow).isEmpty());
        }
    }

    // Every flow of every bundled example has a path status, and no
    // example's flow stays unjudged.
    void examplesWork_data()
    {
        QTest::addColumn<QString>("example");
        for (const QString &name : {u"cumulocity-on-premises.yaml"_s, u"kong-0x-two-datacenters-nat.yaml"_s,
                                    u"kong-3.3-lb-stream-transparent.yaml"_s, u"livekit-sip-aws.yaml"_s,
                                    u"kong-kubernetes-postgresql-redis-monitoring.yaml"_s})
            QTest::newRow(qPrintable(name)) << name;
    }

    void examplesWork()
    {
        QFETCH(QString, example);
        const auto p = readExample(example);
        QVERIFY(p);
        for (const Flow &flow : Deriver::flows(*p, bundledCatalogs()))
            QVERIFY2(flow.path.status == PathStatus::Works,
                     qPrintable(flow.key() + u": "_s + describe(flow) + u' ' + FlowPaths::reason(flow)));
    }
};

QTEST_GUILESS_MAIN(TestFlowPaths)
#include "tst_flowpaths.moc"
