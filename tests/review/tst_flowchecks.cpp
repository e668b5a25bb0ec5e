// Flow-based checks on hand-built plans: each row states a plan that
// derivation would not normally make, so the checks are proven on their own.
#include "catalog/catalogset.h"
#include "derive/deriver.h"
#include "derive/ruleset.h"
#include "project/projectreader.h"
#include "review/reviewer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

const char *const projectYaml = R"(format: 1
name: flow checks
zones:
  - id: internet
    kind: internet
  - id: aws
    kind: cloud
    provider: aws
    cidrs: [10.0.0.0/16]
  - id: admin-net
    kind: trusted
    cidrs: [10.9.0.0/24]
nodes:
  - id: kong-a
    zone: aws
    addresses: [10.0.0.10]
    components:
      - use: kong-0.x/node
  - id: kong-b
    zone: aws
    addresses: [10.0.0.11]
    components:
      - use: kong-0.x/node
  - id: gw
    zone: aws
    addresses: [10.0.0.20]
    components:
      - use: kong-3.3/node
  - id: c8y
    zone: aws
    addresses: [10.0.0.30]
    components:
      - use: cumulocity/core
  - id: idle
    zone: aws
    addresses: [10.0.0.40]
firewalls:
  - id: edge-fw
    inside: [aws]
    outside: internet
    idle_timeout: 3600
)";

Flow flow(FlowEndpoint source, const QString &destination, const QString &component, const QString &port,
          Audience audience, int number)
{
    Flow f;
    f.source = std::move(source);
    f.destination = {ElementKind::Node, destination, {}, u"aws"_s, {}};
    f.protocol = Protocol::Tcp;
    f.ports = PortRange::single(number);
    f.component = component;
    f.catalog = component.section(u'/', 0, 0);
    f.product = u"Product"_s;
    f.port = port;
    f.audience = audience;
    return f;
}

FlowEndpoint zone(const QString &id, const QString &cidr)
{
    return {ElementKind::Zone, id, {*Cidr::parse(cidr)}, id, {}};
}

FlowEndpoint node(const QString &id, const QString &address)
{
    return {ElementKind::Node, id, {*Cidr::parse(address)}, u"aws"_s, {}};
}

RuleSet ruleSet(Provider provider, int rules)
{
    RuleSet set;
    set.id = u"sg:kong-a"_s;
    set.kind = PointKind::SecurityGroup;
    set.element = u"kong-a"_s;
    set.provider = provider;
    for (int i = 0; i < rules; ++i) {
        Rule r;
        r.ports = {PortRange::single(1000 + i)};
        r.peers = {*Cidr::parse(u"192.0.2.1"_s)};
        set.rules.append(r);
    }
    return set;
}

} // namespace

Q_DECLARE_METATYPE(portolan::Derivation)

class TestFlowChecks : public QObject
{
    Q_OBJECT
private:
    CatalogSet m_catalogs;
    Project m_project;

private Q_SLOTS:
    void initTestCase()
    {
        Diagnostics errors;
        m_catalogs = CatalogSet::bundled(&errors);
        const auto project =
            ProjectReader::read(QByteArray(projectYaml), u"flowchecks.yaml"_s, m_catalogs, &errors);
        QVERIFY2(project, qPrintable(formatDiagnostics(errors)));
        m_project = *project;
    }

    void check_data()
    {
        QTest::addColumn<Derivation>("plan");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("expected"); // "severity subject"

        const QString admin = u"exposure.admin-untrusted"_s;
        QTest::newRow("admin-from-internet")
            << Derivation{{flow(zone(u"internet"_s, u"0.0.0.0/0"_s), u"kong-a"_s, u"kong-0.x/node"_s,
                                u"admin"_s, Audience::Admins, 8001)},
                          {},
                          {},
                          {}}
            << admin << QStringList{u"error kong-a"_s};
        QTest::newRow("admin-needs-auth")
            << Derivation{{flow(zone(u"internet"_s, u"0.0.0.0/0"_s), u"gw"_s, u"kong-3.3/node"_s, u"admin"_s,
                                Audience::Admins, 8001)},
                          {},
                          {},
                          {}}
            << admin << QStringList{u"warning gw"_s};
        QTest::newRow("admin-from-trusted")
            << Derivation{{flow(zone(u"admin-net"_s, u"10.9.0.0/24"_s), u"kong-a"_s, u"kong-0.x/node"_s,
                                u"admin"_s, Audience::Admins, 8001)},
                          {},
                          {},
                          {}}
            << admin << QStringList{};
        QTest::newRow("admin-trusted-zone-but-any")
            << Derivation{{flow(zone(u"admin-net"_s, u"0.0.0.0/0"_s), u"kong-a"_s, u"kong-0.x/node"_s,
                                u"admin"_s, Audience::Admins, 8001)},
                          {},
                          {},
                          {}}
            << admin << QStringList{u"error kong-a"_s};

        const QString local = u"exposure.local-port"_s;
        QTest::newRow("local-in-flow")
            << Derivation{{flow(node(u"kong-b"_s, u"10.0.0.11/32"_s), u"kong-a"_s, u"kong-0.x/node"_s,
                                u"cluster-rpc"_s, Audience::Local, 7373)},
                          {},
                          {},
                          {}}
            << local << QStringList{u"error kong-a"_s};
        QTest::newRow("no-local-flow") << Derivation{} << local << QStringList{};

        const QString cluster = u"exposure.cluster-outside"_s;
        QTest::newRow("peer-from-member")
            << Derivation{{flow(node(u"kong-b"_s, u"10.0.0.11/32"_s), u"kong-a"_s, u"kong-0.x/node"_s,
                                u"cluster"_s, Audience::Peers, 7946)},
                          {},
                          {},
                          {}}
            << cluster << QStringList{};
        QTest::newRow("peer-from-non-member")
            << Derivation{{flow(node(u"gw"_s, u"10.0.0.20/32"_s), u"kong-a"_s, u"kong-0.x/node"_s,
                                u"cluster"_s, Audience::Peers, 7946)},
                          {},
                          {},
                          {}}
            << cluster << QStringList{u"error kong-a"_s};
        QTest::newRow("peer-from-zone")
            << Derivation{{flow(zone(u"internet"_s, u"0.0.0.0/0"_s), u"kong-a"_s, u"kong-0.x/node"_s,
                                u"cluster"_s, Audience::Peers, 7946)},
                          {},
                          {},
                          {}}
            << cluster << QStringList{u"error kong-a"_s};
        FlowEndpoint members{ElementKind::Node,
                             u"peers:kong"_s,
                             {*Cidr::parse(u"10.0.0.10/32"_s), *Cidr::parse(u"10.0.0.11/32"_s)},
                             u"aws"_s,
                             {u"kong-a"_s, u"kong-b"_s}};
        QTest::newRow("peer-member-set") << Derivation{{flow(members, u"kong-a"_s, u"kong-0.x/node"_s,
                                                             u"cluster"_s, Audience::Peers, 7946)},
                                                       {},
                                                       {},
                                                       {}}
                                         << cluster << QStringList{};

        const QString timeout = u"timeout.shorter-than-session"_s;
        Flow viaFirewall = flow(zone(u"internet"_s, u"0.0.0.0/0"_s), u"c8y"_s, u"cumulocity/core"_s,
                                u"https"_s, Audience::Clients, 443);
        viaFirewall.via = {
            FlowHop{HopKind::Firewall, u"edge-fw"_s, {}, {}, {}, {}, TlsMode::Passthrough, false}};
        QTest::newRow("firewall-timeout-short")
            << Derivation{{viaFirewall}, {}, {}, {}} << timeout << QStringList{u"warning edge-fw"_s};
        Flow kongVia = flow(zone(u"internet"_s, u"0.0.0.0/0"_s), u"kong-a"_s, u"kong-0.x/node"_s, u"proxy"_s,
                            Audience::Clients, 8000);
        kongVia.via = viaFirewall.via;
        QTest::newRow("no-session-timeout") << Derivation{{kongVia}, {}, {}, {}} << timeout << QStringList{};

        const QString limits = u"limits.rules-exceeded"_s;
        QTest::newRow("aws-61") << Derivation{{}, {ruleSet(Provider::Aws, 61)}, {}, {}} << limits
                                << QStringList{u"error kong-a"_s};
        QTest::newRow("aws-60") << Derivation{{}, {ruleSet(Provider::Aws, 60)}, {}, {}} << limits
                                << QStringList{};
        QTest::newRow("do-51") << Derivation{{}, {ruleSet(Provider::DigitalOcean, 51)}, {}, {}} << limits
                               << QStringList{u"error kong-a"_s};
        QTest::newRow("do-50") << Derivation{{}, {ruleSet(Provider::DigitalOcean, 50)}, {}, {}} << limits
                               << QStringList{};
        QTest::newRow("azure-1001") << Derivation{{}, {ruleSet(Provider::Azure, 1001)}, {}, {}} << limits
                                    << QStringList{u"error kong-a"_s};
        QTest::newRow("gcp-unlimited")
            << Derivation{{}, {ruleSet(Provider::Gcp, 1001)}, {}, {}} << limits << QStringList{};

        const QString unused = u"unused.node"_s;
        QTest::newRow("unused-with-flows")
            << Derivation{{flow(node(u"kong-b"_s, u"10.0.0.11/32"_s), u"kong-a"_s, u"kong-0.x/node"_s,
                                u"cluster"_s, Audience::Peers, 7946),
                           flow(node(u"gw"_s, u"10.0.0.20/32"_s), u"c8y"_s, u"cumulocity/core"_s, u"https"_s,
                                Audience::Clients, 443)},
                          {},
                          {},
                          {}}
            << unused << QStringList{u"warning idle"_s};
        QTest::newRow("unused-without-plan") << Derivation{} << unused << QStringList{};
    }

    void check()
    {
        QFETCH(Derivation, plan);
        QFETCH(QString, code);
        QFETCH(QStringList, expected);
        QStringList got;
        for (const Finding &f : Reviewer::review(m_project, m_catalogs, plan, {code})) {
            QCOMPARE(f.code, code);
            QVERIFY(!f.message.isEmpty() && !f.fix.isEmpty());
            got.append(severityName(f.severity) + u' ' + f.subject);
        }
        QCOMPARE(got, expected);
    }

    void authWarningSaysSo()
    {
        const Derivation derivation{{flow(zone(u"internet"_s, u"0.0.0.0/0"_s), u"gw"_s, u"kong-3.3/node"_s,
                                          u"admin"_s, Audience::Admins, 8001)},
                                    {},
                                    {},
                                    {}};
        const Findings findings =
            Reviewer::review(m_project, m_catalogs, derivation, {u"exposure.admin-untrusted"_s});
        QCOMPARE(findings.size(), 1);
        QVERIFY2(findings.first().message.contains(u"authentication"_s),
                 qPrintable(findings.first().message));
    }

    // A dual-stack node reached over IPv4 and not over IPv6: the finding
    // names the family, and the IPv4 flow alone raises nothing.
    void dualStackFindingNamesTheFamily()
    {
        const QByteArray yaml = R"(format: 1
name: dual stack
zones:
  - id: internet
    kind: internet
  - id: dc
    kind: datacenter
    cidrs: [198.51.100.0/24, fd00:9::/64]
nodes:
  - id: kong
    zone: dc
    count: 2
    addresses: [198.51.100.10, 198.51.100.11, fd00:9::10, fd00:9::11]
    components:
      - use: kong-0.x/node
clients:
  - id: users
    role: users
    zone: internet
    uses:
      - target: kong
        port: proxy-ssl
)";
        Diagnostics errors;
        const auto project = ProjectReader::read(yaml, u"dualstack.yaml"_s, m_catalogs, &errors);
        QVERIFY2(project, qPrintable(formatDiagnostics(errors)));
        const Derivation derivation = Deriver::derive(*project, m_catalogs);
        const Findings findings =
            Reviewer::review(*project, m_catalogs, derivation, {u"path.private-unreachable"_s});
        QCOMPARE(findings.size(), 1);
        QVERIFY2(findings.first().message.contains(u"over IPv6: kong is a private address"_s),
                 qPrintable(findings.first().message));
        QVERIFY2(findings.first().message.contains(u"over IPv4 the path status is works"_s),
                 qPrintable(findings.first().message));

        QByteArray v4Only = yaml;
        v4Only.replace(", fd00:9::10, fd00:9::11]", "]");
        const auto v4Project = ProjectReader::read(v4Only, u"v4.yaml"_s, m_catalogs, &errors);
        QVERIFY2(v4Project, qPrintable(formatDiagnostics(errors)));
        QVERIFY(Reviewer::review(*v4Project, m_catalogs, Deriver::derive(*v4Project, m_catalogs),
                                 {u"path.private-unreachable"_s})
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFlowChecks)
#include "tst_flowchecks.moc"
