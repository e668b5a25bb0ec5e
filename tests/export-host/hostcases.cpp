#include "hostcases.h"

#include "derive/deriver.h"
#include "project/projectreader.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace portolan::test {

CidrList cidrs(const QStringList &texts)
{
    CidrList out;
    for (const QString &t : texts)
        out.append(*Cidr::parse(t));
    return out;
}

Rule rule(Direction d, IpFamily f, Protocol p, const QList<PortRange> &portList, const QStringList &peers,
          const QString &comment, const QStringList &locals)
{
    Rule r;
    r.direction = d;
    r.family = f;
    r.protocol = p;
    r.ports = portList;
    r.peers = cidrs(peers);
    r.localAddresses = cidrs(locals);
    r.comment = comment;
    return r;
}

namespace {

QList<PortRange> ports(const QList<std::pair<int, int>> &ranges)
{
    QList<PortRange> out;
    for (const auto &[from, to] : ranges)
        out.append({from, to});
    return out;
}

RuleSet hostSet(const QString &node, const QString &name, const QStringList &addresses)
{
    RuleSet rs;
    rs.id = u"host:"_s + node;
    rs.kind = PointKind::HostFirewall;
    rs.element = node;
    rs.name = name;
    rs.addresses = cidrs(addresses);
    return rs;
}

// Two Kong 0.x nodes: proxy from anywhere, admin from the admin network,
// cluster between the nodes (tcp and udp), egress to SMTP and DNS on one.
HostCase basic()
{
    HostCase c;
    c.project.name = u"Two Kong nodes"_s;
    const auto I = Direction::Ingress;
    const auto E = Direction::Egress;
    const auto v4 = IpFamily::IPv4;
    const auto v6 = IpFamily::IPv6;
    RuleSet a = hostSet(u"kong-a"_s, u"Kong A"_s, {u"10.0.1.10"_s, u"2001:db8:1::10"_s});
    a.rules = {
        rule(I, v4, Protocol::Tcp, ports({{8000, 8000}, {8443, 8443}}), {u"0.0.0.0/0"_s},
             u"Kong proxy from clients"_s),
        rule(I, v4, Protocol::Tcp, ports({{8001, 8001}}), {u"10.9.0.0/24"_s, u"192.168.50.0/24"_s},
             u"Kong Admin API from the admin network"_s, {u"10.0.1.10"_s}),
        rule(I, v4, Protocol::Tcp, ports({{7946, 7946}}), {u"10.0.1.11/32"_s},
             u"Kong cluster (serf) from peers"_s),
        rule(I, v4, Protocol::Udp, ports({{7946, 7946}}), {u"10.0.1.11/32"_s},
             u"Kong cluster (serf) from peers"_s),
        rule(I, v6, Protocol::Tcp, ports({{8000, 8000}, {8443, 8443}}), {u"::/0"_s},
             u"Kong proxy from clients"_s),
        rule(I, v6, Protocol::Tcp, ports({{8001, 8001}}), {u"2001:db8:9::/48"_s},
             u"Kong Admin API from admins"_s),
        rule(E, v4, Protocol::Tcp, ports({{25, 25}, {587, 587}}), {u"192.0.2.25"_s}, u"SMTP relay"_s),
        rule(E, v4, Protocol::Udp, ports({{53, 53}}), {u"10.0.0.2"_s, u"10.0.0.3"_s}, u"DNS"_s),
        rule(E, v4, Protocol::Tcp, ports({{7946, 7946}}), {u"10.0.1.11"_s},
             u"Kong cluster (serf) to peers"_s),
        rule(E, v4, Protocol::Udp, ports({{7946, 7946}}), {u"10.0.1.11"_s},
             u"Kong cluster (serf) to peers"_s),
        rule(E, v6, Protocol::Udp, ports({{53, 53}}), {u"2001:db8::53"_s}, u"DNS"_s),
    };
    RuleSet b = hostSet(u"kong-b"_s, u"Kong B"_s, {u"10.0.1.11"_s});
    b.rules = {
        rule(I, v4, Protocol::Tcp, ports({{8000, 8000}, {8443, 8443}}), {u"0.0.0.0/0"_s},
             u"Kong proxy from clients"_s),
        rule(I, v4, Protocol::Tcp, ports({{7946, 7946}}), {u"10.0.1.10/32"_s},
             u"Kong cluster (serf) from peers"_s),
        rule(I, v4, Protocol::Udp, ports({{7946, 7946}}), {u"10.0.1.10/32"_s},
             u"Kong cluster (serf) from peers"_s),
    };
    // A cloud security group: host targets must leave it alone.
    RuleSet sg;
    sg.id = u"sg:kong-nodes"_s;
    sg.kind = PointKind::SecurityGroup;
    sg.provider = Provider::Aws;
    sg.rules = {rule(I, v4, Protocol::Tcp, ports({{8000, 8000}}), {u"0.0.0.0/0"_s}, u"proxy"_s)};
    c.derivation.ruleSets = {a, b, sg};
    return c;
}

// Kong Gateway `transparent` listeners: PREROUTING redirects 80 -> 8000 and
// 443 -> 8443, plus a udp range redirect, and an any-protocol rule.
HostCase redirect()
{
    HostCase c;
    c.project.name = u"Kong transparent proxy"_s;
    RuleSet rs = hostSet(u"gw-1"_s, u"Gateway 1"_s, {u"198.51.100.7"_s});
    rs.redirects = {{Protocol::Tcp, PortRange::single(80), 8000, u"Kong proxy_listen transparent"_s},
                    {Protocol::Tcp, PortRange::single(443), 8443, u"Kong proxy_listen ssl transparent"_s},
                    {Protocol::Udp, {5000, 5010}, 5000, u"stream listener"_s}};
    rs.rules = {
        rule(Direction::Ingress, IpFamily::IPv4, Protocol::Tcp, ports({{8000, 8000}, {8443, 8443}}),
             {u"0.0.0.0/0"_s}, u"Kong proxy (after redirect)"_s),
        rule(Direction::Ingress, IpFamily::IPv4, Protocol::Udp, ports({{5000, 5000}}), {u"203.0.113.0/24"_s},
             u"stream listener (after redirect)"_s),
        rule(Direction::Ingress, IpFamily::IPv4, Protocol::Any, {}, {u"10.20.0.0/16"_s},
             u"any-to-any inside the site"_s),
        rule(Direction::Ingress, IpFamily::IPv6, Protocol::Any, {}, {u"fd00:20::/48"_s},
             u"any-to-any inside the site"_s),
    };
    c.derivation.ruleSets = {rs};
    return c;
}

// Target limits: 40 ports (multiport and ufw split at 15 slots), a
// 400-character comment (iptables 255, nftables 128), overlapping peers
// (nftables auto-merge), a 90-character node id, and a node without rules.
HostCase limits()
{
    HostCase c;
    c.project.name = u"Limits"_s;
    const QString longId =
        u"media-node-in-the-second-datacenter-behind-the-carrier-grade-nat-with-a-long-name-x"_s;
    RuleSet rs = hostSet(longId, QString(), {u"10.30.0.5"_s});
    QList<PortRange> many;
    for (int i = 0; i < 30; ++i)
        many.append(PortRange::single(9000 + 2 * i));
    for (int i = 0; i < 10; ++i)
        many.append({20000 + 100 * i, 20050 + 100 * i});
    QString longComment;
    for (int i = 0; i < 40; ++i)
        longComment += u"port-list "_s;
    QStringList peers;
    for (int i = 0; i < 24; ++i)
        peers.append(u"10.40.%1.0/24"_s.arg(i));
    peers << u"10.40.0.0/16"_s << u"10.40.3.128/25"_s; // overlapping: nft auto-merge
    rs.rules = {
        rule(Direction::Ingress, IpFamily::IPv4, Protocol::Udp, many, peers, longComment),
        rule(Direction::Ingress, IpFamily::IPv6, Protocol::Tcp, many.mid(0, 16), {u"2001:db8:40::/48"_s},
             longComment),
    };
    RuleSet bare = hostSet(u"bare"_s, u"Node without rules"_s, {u"10.30.0.6"_s});
    c.derivation.ruleSets = {bare, rs};
    return c;
}

// Hostile user text everywhere it can reach a generated file.
HostCase hostile()
{
    const QString marker = HostCases::hostileMarker();
    const QString evil = u"x' \"; $(touch "_s + marker + u") `touch "_s + marker +
                         u"` \\ \n*filter\nCOMMIT\n"
                         u"} table ip evil { } # <!-- --> & "
                         u"\u00e9\u2019\u2018'' \u202e ${var} %{if} \t\r\0end"_s;
    QString big;
    while (big.size() < 10240)
        big += evil;
    HostCase c;
    c.project.name = evil + big;
    RuleSet rs = hostSet(u"evil\"$(id)`id`\n\u00fcml\u00e4ut"_s, evil, {u"10.66.0.1"_s});
    rs.redirects = {{Protocol::Tcp, PortRange::single(80), 8000, evil}};
    rs.rules = {
        rule(Direction::Ingress, IpFamily::IPv4, Protocol::Tcp, ports({{22, 22}}), {u"10.66.0.0/16"_s}, evil),
        rule(Direction::Ingress, IpFamily::IPv4, Protocol::Tcp, ports({{443, 443}}), {u"0.0.0.0/0"_s}, big),
        rule(Direction::Egress, IpFamily::IPv6, Protocol::Udp, ports({{53, 53}}), {u"2001:db8::53"_s}, big),
    };
    // Peers only by a group reference (resolved to that group's addresses),
    // and one to a group the plan lacks (reported, left out).
    Rule byGroup = rule(Direction::Ingress, IpFamily::IPv4, Protocol::Tcp, ports({{7946, 7946}}), {}, evil);
    byGroup.peerGroup = u"host:peer"_s;
    Rule missing = byGroup;
    missing.peerGroup = evil;
    rs.rules << byGroup << missing;
    RuleSet peer = hostSet(u"peer"_s, big, {u"10.66.0.2"_s, u"2001:db8:66::2"_s});
    // Same slug as the first id once sanitised: file names must still differ.
    RuleSet twin = hostSet(u"evil-id-id-umlaut"_s, u"twin"_s, {u"10.66.0.3"_s});
    RuleSet twin2 = hostSet(u"EVIL id id umlaut"_s, u"twin 2"_s, {u"10.66.0.4"_s});
    c.derivation.ruleSets = {rs, peer, twin, twin2};
    return c;
}

} // namespace

QStringList HostCases::names()
{
    QStringList names{u"basic"_s, u"redirect"_s, u"limits"_s, u"hostile"_s};
    const QDir examples(QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples"));
    for (const QFileInfo &f : examples.entryInfoList({u"*.yaml"_s}, QDir::Files, QDir::Name))
        names.append(u"example-"_s + f.completeBaseName());
    return names;
}

HostCase HostCases::make(const QString &name)
{
    if (name.startsWith(u"example-"_s)) {
        const QString path =
            QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/examples/") + name.mid(8) + u".yaml"_s;
        Diagnostics errors;
        auto loaded = ProjectLoader::load(path, &errors);
        if (!loaded)
            qFatal("cannot load %s: %s", qPrintable(path), qPrintable(errors.value(0).toString()));
        HostCase c{loaded->project, loaded->catalogs, {}};
        c.derivation = Deriver::derive(c.project, c.catalogs);
        return c;
    }
    if (name == u"basic"_s)
        return basic();
    if (name == u"redirect"_s)
        return redirect();
    if (name == u"limits"_s)
        return limits();
    if (name == u"hostile"_s)
        return hostile();
    qFatal("unknown host case");
}

HostCase HostCases::cluster(int members, bool ipv6)
{
    QByteArray yaml = "format: 1\nname: Cluster\nzones:\n  - id: dc\n    name: Datacenter\n"
                      "    kind: datacenter\n    cidrs: [" +
                      QByteArray(ipv6 ? "2001:db8::/64" : "10.0.0.0/16") + "]\nnodes:\n";
    for (int i = 1; i <= members; ++i)
        yaml +=
            "  - id: n" + QByteArray::number(i) + "\n    zone: dc\n    addresses: [" +
            (ipv6 ? QByteArray("2001:db8::" + QByteArray::number(i, 16))
                  : QByteArray("10.0." + QByteArray::number(i / 256) + '.' + QByteArray::number(i % 256))) +
            "]\n    components:\n      - use: kong-0.x/node\n        cluster: main\n";
    HostCase c;
    c.catalogs = CatalogSet::bundled();
    Diagnostics errors;
    auto project = ProjectReader::read(yaml, u"cluster.yaml"_s, c.catalogs, &errors);
    if (!project)
        qFatal("cluster case: %s", qPrintable(errors.value(0).toString()));
    c.project = std::move(*project);
    c.derivation = Deriver::derive(c.project, c.catalogs);
    return c;
}

QString HostCases::hostileMarker()
{
    // Fixed (goldens hold it) and outside the source tree.
    return u"/tmp/portolan-hostile-export-ran"_s;
}

} // namespace portolan::test
