#include "networkcases.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace portolan::test {

namespace {

QHostAddress ip(const QString &text)
{
    return QHostAddress(text);
}

Zone zone(const QString &id, ZoneKind kind, const QStringList &cidrList, const QString &name = {})
{
    Zone z;
    z.id = id;
    z.name = name.isEmpty() ? id : name;
    z.kind = kind;
    z.cidrs = cidrs(cidrList);
    return z;
}

Node node(const QString &id, const QString &zoneId, int count, const QStringList &addresses)
{
    Node n;
    n.id = id;
    n.name = id;
    n.zone = zoneId;
    n.count = count;
    for (const QString &a : addresses)
        n.addresses.append(ip(a));
    return n;
}

// The load balancer -> node flow derivation makes for a listener.
Flow balancerFlow(const QString &lb, const QString &target, const QString &component, const QString &port,
                  Protocol protocol, int number)
{
    Flow f;
    f.source.kind = ElementKind::LoadBalancer;
    f.source.id = lb;
    f.destination.kind = ElementKind::Node;
    f.destination.id = target;
    f.protocol = protocol;
    f.ports = PortRange::single(number);
    f.component = component;
    f.port = port;
    return f;
}

NatMapping mapping(Protocol p, const QString &outside, PortRange outsidePorts, const QString &inside,
                   PortRange insidePorts)
{
    return NatMapping{p, ip(outside), outsidePorts, ip(inside), insidePorts};
}

// What the examples do not reach: IPv6 rules and mappings, a port range
// moved port by port, a range onto one port, a too-large remap, a family
// change, masquerade, an any-protocol rule, 20 ports (multiport split), a
// listener terminating TLS, a UDP listener, a dual-stack group behind a
// listener, a group with a missing address
// and a listener whose target derivation did not resolve.
HostCase corners()
{
    HostCase c;
    Project &p = c.project;
    p.name = u"Network corners"_s;
    p.zones = {zone(u"inet"_s, ZoneKind::Internet, {}),
               zone(u"lan"_s, ZoneKind::Network, {u"10.1.0.0/16"_s, u"fd00:1::/48"_s}),
               zone(u"dmz"_s, ZoneKind::Network, {u"198.51.100.0/24"_s, u"2001:db8:5::/64"_s})};
    // web is a dual-stack group: still one HAProxy server per host (golden).
    p.nodes = {node(u"web"_s, u"lan"_s, 2, {u"10.1.0.5"_s, u"10.1.0.6"_s, u"fd00:1::5"_s, u"fd00:1::6"_s}),
               node(u"turn"_s, u"lan"_s, 3, {u"10.1.0.21"_s})};
    LoadBalancer lb;
    lb.id = u"lb"_s;
    lb.name = u"Front"_s;
    lb.zone = u"dmz"_s;
    lb.addresses = {ip(u"198.51.100.10"_s), ip(u"2001:db8:5::10"_s)};
    lb.listeners = {{Protocol::Tcp, 443, TlsMode::Terminate, u"web"_s, u"x/web"_s, u"http"_s},
                    {Protocol::Tcp, 8443, TlsMode::Passthrough, u"web"_s, u"x/web"_s, u"https"_s},
                    {Protocol::Udp, 3478, TlsMode::Passthrough, u"turn"_s, u"x/turn"_s, u"turn-udp"_s},
                    {Protocol::Tcp, 9999, TlsMode::Passthrough, u"gone"_s, u"x/web"_s, u"http"_s}};
    p.loadBalancers = {lb};
    NatLayer nat;
    nat.id = u"nat"_s;
    nat.name = u"Edge NAT"_s;
    nat.inside = u"lan"_s;
    nat.outside = u"inet"_s;
    nat.outsideAddresses = {ip(u"198.51.100.1"_s), ip(u"2001:db8:5::1"_s)};
    nat.sourceNat = true;
    nat.idleTimeout = 7200;
    nat.mappings = {
        mapping(Protocol::Tcp, u"198.51.100.1"_s, PortRange::single(8080), u"10.1.0.5"_s,
                PortRange::single(80)),
        mapping(Protocol::Udp, u"198.51.100.1"_s, {40000, 40003}, u"10.1.0.6"_s, {50000, 50003}),
        mapping(Protocol::Tcp, u"198.51.100.1"_s, {2200, 2210}, u"10.1.0.7"_s, PortRange::single(22)),
        mapping(Protocol::Udp, u"198.51.100.1"_s, {60000, 60010}, u"10.1.0.8"_s, {60000, 60010}),
        mapping(Protocol::Tcp, u"2001:db8:5::1"_s, PortRange::single(443), u"fd00:1::5"_s,
                PortRange::single(443)),
        mapping(Protocol::Tcp, u"198.51.100.1"_s, {1, 2000}, u"10.1.0.9"_s, {10001, 12000}),
        mapping(Protocol::Tcp, u"198.51.100.1"_s, PortRange::single(25), u"fd00:1::25"_s,
                PortRange::single(25)),
    };
    NatLayer masq;
    masq.id = u"masq"_s;
    masq.inside = u"dmz"_s;
    masq.outside = u"lan"_s;
    masq.sourceNat = true;
    p.natLayers = {nat, masq};
    Firewall fw;
    fw.id = u"edge"_s;
    fw.name = u"Edge firewall"_s;
    fw.inside = {u"lan"_s, u"dmz"_s};
    fw.outside = u"inet"_s;
    fw.idleTimeout = 3600;
    p.firewalls = {fw};

    const auto I = Direction::Ingress;
    const auto E = Direction::Egress;
    const auto v4 = IpFamily::IPv4;
    const auto v6 = IpFamily::IPv6;
    QList<PortRange> many;
    for (int i = 0; i < 20; ++i)
        many.append(PortRange::single(7000 + 2 * i));
    RuleSet rs;
    rs.id = u"fw:edge"_s;
    rs.kind = PointKind::BoundaryFirewall;
    rs.element = u"edge"_s;
    rs.name = fw.name;
    rs.rules = {
        rule(I, v4, Protocol::Tcp, {PortRange::single(443), PortRange::single(8443)}, {u"0.0.0.0/0"_s},
             u"Front from the internet"_s, {u"198.51.100.10/32"_s}),
        rule(I, v4, Protocol::Udp, {PortRange::single(3478), {50000, 50100}},
             {u"203.0.113.0/24"_s, u"192.0.2.0/24"_s}, u"TURN"_s, {u"198.51.100.10/32"_s, u"10.1.0.21/32"_s}),
        rule(I, v4, Protocol::Tcp, many, {u"203.0.113.7/32"_s}, u"many ports"_s, {u"10.1.0.5/32"_s}),
        rule(I, v6, Protocol::Tcp, {PortRange::single(443)}, {u"::/0"_s}, u"Front over IPv6"_s,
             {u"2001:db8:5::10/128"_s}),
        rule(E, v4, Protocol::Tcp, {PortRange::single(25), PortRange::single(443)}, {u"0.0.0.0/0"_s},
             u"SMTP and HTTPS out"_s, {u"10.1.0.0/16"_s}),
        rule(E, v4, Protocol::Any, {}, {u"192.0.2.0/24"_s}, u"any protocol to the partner"_s,
             {u"10.1.0.0/16"_s}),
        rule(E, v6, Protocol::Udp, {PortRange::single(53)}, {u"2001:db8::53/128"_s}, u"DNS"_s,
             {u"fd00:1::/48"_s}),
    };
    c.derivation.ruleSets = {rs};
    c.derivation.flows = {balancerFlow(u"lb"_s, u"web"_s, u"x/web"_s, u"http"_s, Protocol::Tcp, 8080),
                          balancerFlow(u"lb"_s, u"web"_s, u"x/web"_s, u"https"_s, Protocol::Tcp, 8443),
                          balancerFlow(u"lb"_s, u"turn"_s, u"x/turn"_s, u"turn-udp"_s, Protocol::Udp, 3478)};
    return c;
}

QString evilText()
{
    const QString marker = HostCases::hostileMarker();
    return u"x' \"; $(touch "_s + marker + u") `touch "_s + marker +
           u"` \\ \n*filter\nCOMMIT\n} table ip evil { } # <!-- --> & \u00e9\u2019\u2018'' \u202e ${var} "
           u"%{if} "
           u"\t\r\0end\nfrontend evil\n    bind :1"_s;
}

// HostCases' payload in every name and id that reaches a gateway or load
// balancer file: project, zones, firewall, NAT layer, load balancer, node,
// listener target and rule comments.
HostCase hostile()
{
    const QString evil = evilText();
    QString big;
    while (big.size() < 10240)
        big += evil;
    HostCase c = corners();
    Project &p = c.project;
    p.name = evil + big;
    for (Zone &z : p.zones)
        z.name = evil;
    const QString fwId = u"edge\"$(id)`id`\n\u00fcml\u00e4ut"_s;
    p.firewalls[0].id = fwId;
    p.firewalls[0].name = big;
    p.natLayers[0].id =
        u"EDGE \"$(id)`id`\n\u00fcml\u00e4ut"_s; // same slug as the firewall's: files must differ
    p.natLayers[0].name = evil;
    p.loadBalancers[0].id = u"lb;$(id)\n{"_s;
    p.loadBalancers[0].name = evil;
    const QString nodeId = u"web$(id)\n backend x"_s;
    p.nodes[0].id = nodeId;
    for (Listener &l : p.loadBalancers[0].listeners)
        if (l.targetNode == u"web"_s)
            l.targetNode = nodeId;
    c.derivation.ruleSets[0].id = u"fw:"_s + fwId;
    c.derivation.ruleSets[0].element = fwId;
    c.derivation.ruleSets[0].name = evil;
    for (Rule &r : c.derivation.ruleSets[0].rules)
        r.comment = evil + big;
    for (Flow &f : c.derivation.flows) {
        f.source.id = p.loadBalancers[0].id;
        if (f.destination.id == u"web"_s)
            f.destination.id = nodeId;
    }
    return c;
}

} // namespace

QStringList NetworkCases::names()
{
    QStringList names{u"corners"_s, u"hostile"_s};
    for (const QString &n : HostCases::names())
        if (n.startsWith(u"example-"_s))
            names.append(n);
    return names;
}

HostCase NetworkCases::make(const QString &name)
{
    if (name == u"corners"_s)
        return corners();
    if (name == u"hostile"_s)
        return hostile();
    return HostCases::make(name);
}

} // namespace portolan::test
