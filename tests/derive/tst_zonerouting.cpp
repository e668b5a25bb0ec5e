// ZoneRouting: which zone reaches which address with no help on the way
// (docs/derivation.md, "Paths"), and which NAT stands in front of a zone.
#include "derivetesthelpers.h"

#include "derive/zonerouting.h"

using namespace Qt::StringLiterals;
using namespace portolan;
using namespace portolan::test;

namespace {

// dc1 - dc2 - dc3 joined by two links (dc1 reaches dc3 through dc2);
// island has no link; wan is where nat-dc2's private outside address lives;
// edge-nat gives dc3 a public outside address, edge-dc2 gives dc2 one
// besides nat-dc2; cloud states no CIDRs.
const char *const routingProject = R"(format: 1
name: routing
zones:
  - id: internet
    kind: internet
  - id: partners
    kind: network
    parent: internet
    cidrs: [198.51.100.0/24]
  - id: dc1
    kind: datacenter
    cidrs: [10.1.0.0/16]
  - id: dc1-sub
    kind: subnet
    parent: dc1
    cidrs: [10.1.5.0/24]
  - id: dc2
    kind: datacenter
    cidrs: [10.2.0.0/16]
  - id: dc3
    kind: datacenter
    cidrs: [10.3.0.0/16]
  - id: island
    kind: network
    cidrs: [172.20.0.0/16]
  - id: wan
    kind: network
    cidrs: [192.168.10.0/24]
  - id: cloud
    kind: cloud
    provider: aws
nats:
  - id: nat-dc2
    inside: dc2
    outside: wan
    addresses: [192.168.10.5]
  - id: edge-nat
    inside: dc3
    outside: internet
    addresses: [203.0.113.7]
  - id: edge-dc2
    inside: dc2
    outside: internet
    addresses: [203.0.113.8]
links:
  - id: l12
    kind: vpn
    between: [dc1, dc2]
  - id: l23
    kind: peering
    between: [dc2, dc3]
)";

QString reachName(ZoneRouting::Reach reach)
{
    switch (reach) {
    case ZoneRouting::Reach::Reaches:
        return u"reaches"_s;
    case ZoneRouting::Reach::InternetToPrivate:
        return u"internet-to-private"_s;
    case ZoneRouting::Reach::SitesNotLinked:
        return u"sites-not-linked"_s;
    case ZoneRouting::Reach::Unknown:
        return u"unknown"_s;
    }
    return {};
}

} // namespace

class TestZoneRouting : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reach_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("address"); // empty = no address known
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("expected");

        QTest::newRow("internet to public") << u"internet"_s << u"203.0.113.10"_s << u"dc1"_s << u"reaches"_s;
        QTest::newRow("internet to documentation v6")
            << u"internet"_s << u"2001:db8::1"_s << u"dc1"_s << u"reaches"_s;
        QTest::newRow("internet to private")
            << u"internet"_s << u"10.1.0.10"_s << u"dc1"_s << u"internet-to-private"_s;
        QTest::newRow("nested internet zone to private")
            << u"partners"_s << u"10.1.0.10"_s << u"dc1"_s << u"internet-to-private"_s;
        QTest::newRow("same site") << u"dc1"_s << u"10.1.0.10"_s << u"dc1"_s << u"reaches"_s;
        QTest::newRow("subnet to its site") << u"dc1-sub"_s << u"10.1.0.10"_s << u"dc1"_s << u"reaches"_s;
        QTest::newRow("site to its subnet") << u"dc1"_s << u"10.1.5.10"_s << u"dc1-sub"_s << u"reaches"_s;
        QTest::newRow("across a link") << u"dc1"_s << u"10.2.0.10"_s << u"dc2"_s << u"reaches"_s;
        QTest::newRow("link is both ways") << u"dc2"_s << u"10.1.5.10"_s << u"dc1-sub"_s << u"reaches"_s;
        QTest::newRow("through another site") << u"dc1-sub"_s << u"10.3.0.10"_s << u"dc3"_s << u"reaches"_s;
        QTest::newRow("no link") << u"island"_s << u"10.1.0.10"_s << u"dc1"_s << u"sites-not-linked"_s;
        QTest::newRow("no link back") << u"dc1"_s << u"172.20.0.10"_s << u"island"_s << u"sites-not-linked"_s;
        QTest::newRow("private site to public")
            << u"island"_s << u"203.0.113.10"_s << u"dc1"_s << u"reaches"_s;
        QTest::newRow("no address is unknown") << u"internet"_s << QString() << u"cloud"_s << u"unknown"_s;
        QTest::newRow("unknown sender zone") << u"nowhere"_s << u"10.1.0.10"_s << u"dc1"_s << u"unknown"_s;
    }

    void reach()
    {
        QFETCH(QString, from);
        QFETCH(QString, address);
        QFETCH(QString, to);
        QFETCH(QString, expected);
        const auto project = readProject(routingProject);
        QVERIFY(project);
        const ZoneRouting routing(*project);
        CidrList addresses;
        if (!address.isEmpty())
            addresses.append(*Cidr::parse(address));
        QCOMPARE(reachName(routing.reach(routing.zoneIndex(from), ZoneRouting::scopeOf(addresses),
                                         routing.zoneIndex(to))),
                 expected);
    }

    void reachNat_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("nat");
        QTest::addColumn<QString>("expected");
        QTest::newRow("private outside, from a linked site") << u"dc1"_s << u"nat-dc2"_s << u"reaches"_s;
        QTest::newRow("private outside, from its own zone") << u"wan"_s << u"nat-dc2"_s << u"reaches"_s;
        QTest::newRow("private outside, from the internet")
            << u"internet"_s << u"nat-dc2"_s << u"internet-to-private"_s;
        QTest::newRow("private outside, from an island")
            << u"island"_s << u"nat-dc2"_s << u"sites-not-linked"_s;
        QTest::newRow("public outside, from the internet") << u"internet"_s << u"edge-nat"_s << u"reaches"_s;
    }

    void reachNat()
    {
        QFETCH(QString, from);
        QFETCH(QString, nat);
        QFETCH(QString, expected);
        const auto project = readProject(routingProject);
        QVERIFY(project);
        const ZoneRouting routing(*project);
        const int index = nat == u"nat-dc2"_s ? 0 : 1;
        QCOMPARE(reachName(routing.reachNat(routing.zoneIndex(from), index)), expected);
    }

    void natInFront()
    {
        const auto project = readProject(routingProject);
        QVERIFY(project);
        const ZoneRouting routing(*project);
        QCOMPARE(routing.natInFront(routing.zoneIndex(u"dc2"_s), routing.zoneIndex(u"internet"_s)), 0);
        QCOMPARE(routing.natInFront(routing.zoneIndex(u"dc3"_s), routing.zoneIndex(u"dc1"_s)), 1);
        QCOMPARE(routing.natInFront(routing.zoneIndex(u"dc2"_s), routing.zoneIndex(u"dc2"_s)), -1);
        QCOMPARE(routing.natInFront(routing.zoneIndex(u"dc1"_s), routing.zoneIndex(u"internet"_s)), -1);
        // Two NATs over dc2: the internet faces edge-dc2, dc1 (no link to wan) nat-dc2 by default.
        QCOMPARE(routing.natFacing(routing.zoneIndex(u"dc2"_s), routing.zoneIndex(u"internet"_s)), 2);
        QCOMPARE(routing.natFacing(routing.zoneIndex(u"dc2"_s), routing.zoneIndex(u"wan"_s)), 0);
        QCOMPARE(routing.natFacing(routing.zoneIndex(u"dc2"_s), routing.zoneIndex(u"island"_s)), 0);
        QVERIFY(routing.isInternet(routing.zoneIndex(u"partners"_s)));
        QCOMPARE(routing.site(routing.zoneIndex(u"dc1-sub"_s)), routing.zoneIndex(u"dc1"_s));
    }
};

QTEST_GUILESS_MAIN(TestZoneRouting)
#include "tst_zonerouting.moc"
