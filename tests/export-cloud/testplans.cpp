#include "testplans.h"

using namespace Qt::StringLiterals;

namespace portolan::TestPlans {

namespace {

Cidr cidr(const QString &text)
{
    return *Cidr::parse(text);
}

Rule rule(Direction direction, IpFamily family, Protocol protocol, QList<PortRange> ports, CidrList peers,
          const QString &comment, const QString &peerGroup = {})
{
    Rule r;
    r.direction = direction;
    r.family = family;
    r.protocol = protocol;
    r.ports = std::move(ports);
    r.peers = std::move(peers);
    r.peerGroup = peerGroup;
    r.comment = comment;
    return r;
}

PortRange port(int p)
{
    return PortRange::single(p);
}
PortRange range(int a, int b)
{
    return {a, b};
}

constexpr auto In = Direction::Ingress;
constexpr auto Out = Direction::Egress;
constexpr auto V4 = IpFamily::IPv4;
constexpr auto V6 = IpFamily::IPv6;
constexpr auto Tcp = Protocol::Tcp;
constexpr auto Udp = Protocol::Udp;
constexpr auto Any = Protocol::Any;

// Names and ids go through `text` so that hostile() can swap them.
struct Texts
{
    bool hostile = false;
    QString id(const QString &plain, int variant) const
    {
        return hostile ? plain + u" \"q\" $(touch /tmp/portolan-pwn-%1) `id` ${x} %{y}"_s.arg(variant)
                       : plain;
    }
    QString name(const QString &plain, int variant) const { return hostile ? hostileText(variant) : plain; }
};

Zone zone(const QString &id, const QString &name, ZoneKind kind, Provider provider, const QString &parent,
          const QStringList &cidrs)
{
    Zone z;
    z.id = id;
    z.name = name;
    z.kind = kind;
    z.provider = provider;
    z.parent = parent;
    for (const QString &c : cidrs)
        z.cidrs.append(cidr(c));
    return z;
}

Node node(const QString &id, const QString &name, const QString &zoneId, const QStringList &addresses)
{
    Node n;
    n.id = id;
    n.name = name;
    n.zone = zoneId;
    n.count = int(addresses.size());
    for (const QString &a : addresses)
        n.addresses.append(QHostAddress(a));
    n.components.append({u"kong-0.x/node"_s, {}, {}, {}});
    return n;
}

RuleSet ruleSet(const QString &id, PointKind kind, const QString &element, Provider provider,
                const QString &name, const QStringList &addresses, QList<Rule> rules)
{
    RuleSet s;
    s.id = id;
    s.kind = kind;
    s.element = element;
    s.provider = provider;
    s.name = name;
    for (const QString &a : addresses)
        s.addresses.append(cidr(a));
    s.rules = std::move(rules);
    return s;
}

Flow flow(ElementKind fromKind, const QString &from, const QStringList &fromCidrs, ElementKind toKind,
          const QString &to, const QStringList &toCidrs, Protocol protocol, PortRange ports,
          const QString &component, const QString &portId, Audience audience, const QString &document)
{
    Flow f;
    f.source.kind = fromKind;
    f.source.id = from;
    for (const QString &c : fromCidrs)
        f.source.cidrs.append(cidr(c));
    f.destination.kind = toKind;
    f.destination.id = to;
    for (const QString &c : toCidrs)
        f.destination.cidrs.append(cidr(c));
    f.protocol = protocol;
    f.ports = ports;
    f.catalog = component.section(u'/', 0, 0);
    f.product = f.catalog == u"base"_s ? u"Base"_s : u"Kong"_s;
    f.component = component;
    f.port = portId;
    f.audience = audience;
    f.sourceDocument = document;
    return f;
}

TestPlan build(const Texts &t)
{
    TestPlan tp;
    Project &p = tp.project;
    p.name = t.name(u"Multi-cloud Kong"_s, 0);
    p.description = t.name(u"Every provider at once"_s, 1);
    const QString awsVpc = t.id(u"aws-vpc"_s, 1), gcpVpc = t.id(u"gcp-net"_s, 2),
                  azVnet = t.id(u"az-vnet"_s, 3), doVpc = t.id(u"do-vpc"_s, 4),
                  admin = t.id(u"admin-net"_s, 5), awsPublic = t.id(u"aws-public"_s, 14),
                  awsPrivate = t.id(u"aws-private"_s, 15);
    p.zones = {
        zone(u"internet"_s, t.name(u"Internet"_s, 2), ZoneKind::Internet, Provider::None, {}, {}),
        zone(u"aws"_s, u"AWS"_s, ZoneKind::Cloud, Provider::Aws, {}, {}),
        zone(awsVpc, t.name(u"Main VPC"_s, 3), ZoneKind::Vpc, Provider::None, u"aws"_s, {u"10.0.0.0/16"_s}),
        zone(u"gcp"_s, u"Google Cloud"_s, ZoneKind::Cloud, Provider::Gcp, {}, {}),
        zone(gcpVpc, t.name(u"Media network"_s, 4), ZoneKind::Vpc, Provider::None, u"gcp"_s,
             {u"10.1.0.0/16"_s}),
        zone(u"azure"_s, u"Azure"_s, ZoneKind::Cloud, Provider::Azure, {}, {}),
        zone(azVnet, t.name(u"API VNet"_s, 5), ZoneKind::Vpc, Provider::None, u"azure"_s, {u"10.2.0.0/16"_s}),
        zone(u"do"_s, u"DigitalOcean"_s, ZoneKind::Cloud, Provider::DigitalOcean, {}, {}),
        zone(doVpc, t.name(u"SIP VPC"_s, 6), ZoneKind::Vpc, Provider::None, u"do"_s, {u"10.3.0.0/16"_s}),
        zone(admin, t.name(u"Operations"_s, 7), ZoneKind::Trusted, Provider::None, {},
             {u"192.168.1.128/25"_s}),
        zone(awsPublic, t.name(u"Public subnet"_s, 54), ZoneKind::Subnet, Provider::None, awsVpc,
             {u"10.0.0.0/24"_s, u"2001:db8::/64"_s}),
        zone(awsPrivate, t.name(u"Private subnet"_s, 55), ZoneKind::Subnet, Provider::None, awsVpc,
             {u"10.0.1.0/24"_s, u"10.0.2.0/24"_s, u"2001:db8:0:1::/64"_s})};
    const QString web = t.id(u"aws-web"_s, 6), db = t.id(u"aws-db"_s, 7), media = t.id(u"gcp-media"_s, 8),
                  api = t.id(u"az-api"_s, 9), sip = t.id(u"do-sip"_s, 10), lb = t.id(u"aws-lb"_s, 11);
    p.nodes = {node(web, t.name(u"Kong web nodes"_s, 8), awsVpc, {u"10.0.1.10"_s, u"10.0.1.11"_s}),
               node(db, t.name(u"Database"_s, 9), awsVpc, {u"10.0.2.5"_s}),
               node(media, t.name(u"Media servers"_s, 10), gcpVpc, {u"10.1.0.20"_s}),
               node(api, t.name(u"API nodes"_s, 11), azVnet, {u"10.2.0.30"_s}),
               node(sip, t.name(u"SIP nodes"_s, 12), doVpc, {u"10.3.0.40"_s})};
    LoadBalancer balancer;
    balancer.id = lb;
    balancer.name = t.name(u"Public load balancer"_s, 13);
    balancer.zone = awsVpc;
    balancer.addresses = {QHostAddress(u"10.0.0.100"_s)};
    p.loadBalancers = {balancer};
    Client users;
    users.id = t.id(u"api-users"_s, 12);
    users.name = t.name(u"API consumers"_s, 14);
    users.zone = u"internet"_s;
    p.clients = {users};
    // A boundary firewall between the AWS subnets and a source NAT for the
    // private one: network ACLs and a NAT gateway in the AWS targets.
    Firewall firewall;
    firewall.id = t.id(u"aws-fw"_s, 16);
    firewall.name = t.name(u"Subnet firewall"_s, 56);
    firewall.inside = {awsPrivate};
    firewall.outside = awsPublic;
    p.firewalls = {firewall};
    NatLayer natLayer;
    natLayer.id = t.id(u"aws-nat"_s, 17);
    natLayer.name = t.name(u"Outbound NAT"_s, 57);
    natLayer.inside = awsPrivate;
    natLayer.outside = awsPublic;
    natLayer.outsideAddresses = {QHostAddress(u"198.51.100.7"_s)};
    natLayer.sourceNat = true;
    p.natLayers = {natLayer};

    const QString sgWeb = u"sg:"_s + web, sgLb = u"lb:"_s + lb, sgMedia = u"sg:"_s + media,
                  sgApi = u"sg:"_s + api, sgSip = u"sg:"_s + sip, hostWeb = u"host:"_s + web,
                  hostDb = u"host:"_s + db;
    const CidrList any4{cidr(u"0.0.0.0/0"_s)}, any6{cidr(u"::/0"_s)}, adminNet{cidr(u"192.168.1.128/25"_s)};
    QList<RuleSet> &sets = tp.derivation.ruleSets;
    sets.append(
        ruleSet(hostDb, PointKind::HostFirewall, db, Provider::None, t.name(u"Database host"_s, 15),
                {u"10.0.2.5/32"_s},
                {rule(In, V4, Tcp, {port(5432)}, {}, t.name(u"PostgreSQL from the web nodes"_s, 16), hostWeb),
                 rule(In, V4, Tcp, {port(22)}, adminNet, t.name(u"SSH from operations"_s, 17))}));
    sets.append(ruleSet(
        hostWeb, PointKind::HostFirewall, web, Provider::None, t.name(u"Kong web host"_s, 18),
        {u"10.0.1.10/32"_s, u"10.0.1.11/32"_s},
        {rule(In, V4, Tcp, {port(8000), port(8443)}, {cidr(u"10.0.0.100/32"_s)},
              t.name(u"Proxy from the load balancer"_s, 19)),
         rule(In, V4, Tcp, {port(8001)}, adminNet, t.name(u"Admin API"_s, 20)),
         rule(In, V4, Udp, {range(7946, 7947)}, {cidr(u"10.0.1.10/32"_s), cidr(u"10.0.1.11/32"_s)},
              t.name(u"Cluster gossip"_s, 21)),
         rule(Out, V4, Tcp, {port(5432)}, {cidr(u"10.0.2.5/32"_s)}, t.name(u"PostgreSQL"_s, 22)),
         rule(Out, V4, Any, {}, {cidr(u"10.0.0.0/16"_s)}, t.name(u"Anything inside the VPC"_s, 23))}));
    sets.append(ruleSet(
        sgLb, PointKind::LoadBalancerGroup, lb, Provider::Aws, t.name(u"Public load balancer"_s, 24),
        {u"10.0.0.100/32"_s},
        {rule(In, V4, Tcp, {port(443)}, any4, t.name(u"HTTPS from the internet"_s, 25)),
         rule(In, V6, Tcp, {port(443)}, any6, t.name(u"HTTPS from the internet"_s, 25)),
         rule(Out, V4, Tcp, {port(8000), port(8443)}, {}, t.name(u"Proxy on the web nodes"_s, 26), sgWeb)}));
    sets.append(ruleSet(
        sgWeb, PointKind::SecurityGroup, web, Provider::Aws, t.name(u"Kong web nodes"_s, 27),
        {u"10.0.1.10/32"_s, u"10.0.1.11/32"_s, u"2001:db8:0:1::10/128"_s},
        {rule(In, V4, Tcp, {port(8000), port(8443)}, {}, t.name(u"Proxy from the load balancer"_s, 28), sgLb),
         rule(In, V4, Tcp, {port(8001)}, adminNet, t.name(u"Admin API from operations"_s, 29)),
         rule(In, V4, Tcp, {port(7946)}, {}, t.name(u"Cluster gossip"_s, 30), sgWeb),
         rule(In, V4, Udp, {port(7946)}, {}, t.name(u"Cluster gossip"_s, 30), sgWeb),
         rule(In, V6, Tcp, {range(8000, 8100)}, {cidr(u"2001:db8::/32"_s)},
              t.name(u"Proxy range over IPv6"_s, 31)),
         rule(Out, V4, Tcp, {port(5432)}, {}, t.name(u"PostgreSQL on the database host"_s, 32), hostDb),
         rule(Out, V4, Udp, {port(53)}, {cidr(u"10.0.0.2/32"_s)}, t.name(u"DNS"_s, 33)),
         rule(Out, V4, Any, {}, {cidr(u"10.0.0.0/16"_s)}, t.name(u"Anything inside the VPC"_s, 34))}));
    sets.append(
        ruleSet(sgMedia, PointKind::SecurityGroup, media, Provider::Gcp, t.name(u"Media servers"_s, 35),
                {u"10.1.0.20/32"_s},
                {rule(In, V4, Udp, {range(50000, 60000)}, any4, t.name(u"ICE over UDP"_s, 36)),
                 rule(In, V6, Udp, {range(50000, 60000)}, any6, t.name(u"ICE over UDP, IPv6"_s, 37)),
                 rule(In, V4, Tcp, {port(7880), port(7881)}, {},
                      t.name(u"API and ICE/TCP between media servers"_s, 38), sgMedia),
                 rule(Out, V4, Tcp, {port(443)}, any4, t.name(u"HTTPS out"_s, 39)),
                 rule(Out, V4, Any, {}, {}, t.name(u"Anything to the other media servers"_s, 40), sgMedia)}));
    sets.append(ruleSet(
        sgApi, PointKind::SecurityGroup, api, Provider::Azure, t.name(u"API nodes"_s, 41),
        {u"10.2.0.30/32"_s},
        {rule(In, V4, Tcp, {port(443), range(8443, 8444)}, any4, t.name(u"HTTPS"_s, 42)),
         rule(In, V4, Tcp, {port(8001)}, adminNet, t.name(u"Admin API"_s, 43)),
         rule(In, V4, Tcp, {port(7946)}, {}, t.name(u"Cluster"_s, 44), sgApi),
         rule(Out, V4, Udp, {port(53)}, any4, t.name(u"DNS"_s, 45)),
         rule(Out, V4, Any, {}, {cidr(u"10.2.0.0/16"_s)}, t.name(u"Anything inside the VNet"_s, 46))}));
    sets.append(ruleSet(
        sgSip, PointKind::SecurityGroup, sip, Provider::DigitalOcean, t.name(u"SIP nodes"_s, 47),
        {u"10.3.0.40/32"_s},
        {rule(In, V4, Udp, {port(5060), range(10000, 20000)}, any4, t.name(u"SIP and RTP"_s, 48)),
         rule(In, V4, Tcp, {range(5060, 5061)}, any4, t.name(u"SIP over TCP and TLS"_s, 49)),
         rule(In, V6, Udp, {port(5060)}, any6, t.name(u"SIP over IPv6"_s, 50)),
         rule(In, V4, Tcp, {port(7946)}, {}, t.name(u"Cluster"_s, 51), sgSip),
         rule(Out, V4, Any, {}, {cidr(u"10.3.0.0/16"_s)}, t.name(u"Anything inside the VPC"_s, 52))}));
    sets.append(ruleSet(
        u"fw:"_s + firewall.id, PointKind::BoundaryFirewall, firewall.id, Provider::None, firewall.name,
        {u"10.0.1.0/24"_s, u"10.0.2.0/24"_s, u"2001:db8:0:1::/64"_s},
        {rule(In, V4, Tcp, {port(8000), port(8443)}, {cidr(u"10.0.0.100/32"_s)},
              t.name(u"Proxy from the load balancer"_s, 58)),
         rule(In, V4, Tcp, {port(8001)}, adminNet, t.name(u"Admin API"_s, 59)),
         rule(In, V6, Tcp, {range(8000, 8100)}, {cidr(u"2001:db8::/32"_s)}, t.name(u"Proxy range"_s, 60)),
         rule(Out, V4, Udp, {port(53)}, any4, t.name(u"DNS"_s, 61)),
         rule(Out, V4, Tcp, {port(443)}, any4, t.name(u"HTTPS out"_s, 62)),
         rule(Out, V4, Any, {}, {cidr(u"10.0.0.0/24"_s)}, t.name(u"Anything to the public subnet"_s, 63))}));
    std::sort(sets.begin(), sets.end(), [](const RuleSet &a, const RuleSet &b) { return a.id < b.id; });

    Flow viaLb = flow(ElementKind::Client, users.id, {u"0.0.0.0/0"_s}, ElementKind::LoadBalancer, lb,
                      {u"10.0.0.100/32"_s}, Tcp, port(443), u"kong-0.x/node"_s, u"proxy-ssl"_s,
                      Audience::Clients, u"seed-001"_s);
    FlowHop lbHop;
    lbHop.kind = HopKind::LoadBalancer;
    lbHop.id = lb;
    lbHop.fromAddress = QHostAddress(u"10.0.0.100"_s);
    lbHop.fromPorts = port(443);
    lbHop.toAddress = QHostAddress(u"10.0.1.10"_s);
    lbHop.toPorts = port(8443);
    viaLb.via = {lbHop};
    Flow toNode = flow(ElementKind::LoadBalancer, lb, {u"10.0.0.100/32"_s}, ElementKind::Node, web,
                       {u"10.0.1.10/32"_s, u"10.0.1.11/32"_s}, Tcp, port(8443), u"kong-0.x/node"_s,
                       u"proxy-ssl"_s, Audience::Clients, u"seed-001"_s);
    toNode.via = {lbHop};
    Flow adminFlow = flow(ElementKind::Zone, admin, {u"192.168.1.128/25"_s}, ElementKind::Node, web,
                          {u"10.0.1.10/32"_s, u"10.0.1.11/32"_s}, Tcp, port(8001), u"kong-0.x/node"_s,
                          u"admin"_s, Audience::Admins, u"seed-001"_s);
    Flow gossip = flow(ElementKind::Node, web, {u"10.0.1.10/32"_s, u"10.0.1.11/32"_s}, ElementKind::Node, web,
                       {u"10.0.1.10/32"_s, u"10.0.1.11/32"_s}, Udp, port(7946), u"kong-0.x/node"_s,
                       u"cluster"_s, Audience::Peers, u"seed-001"_s);
    FlowHop nat;
    nat.kind = HopKind::Nat;
    nat.id = t.id(u"nat-dc2"_s, 13);
    nat.fromAddress = QHostAddress(u"192.168.10.5"_s);
    nat.fromPorts = port(9000);
    nat.toAddress = QHostAddress(u"10.0.1.11"_s);
    nat.toPorts = port(7946);
    gossip.via = {nat};
    Flow dns = flow(ElementKind::Node, web, {u"10.0.1.10/32"_s, u"10.0.1.11/32"_s}, ElementKind::Zone,
                    u"internet"_s, {u"0.0.0.0/0"_s, u"::/0"_s}, Udp, port(53), u"base/host"_s, u"dns"_s,
                    Audience::Egress, u"seed-004"_s);
    Flow anyFlow =
        flow(ElementKind::Node, media, {u"10.1.0.20/32"_s}, ElementKind::Node, media, {u"10.1.0.20/32"_s},
             Any, PortRange{}, u"unknown/thing"_s, u"all"_s, Audience::Internal, t.name(u"a document"_s, 53));
    tp.derivation.flows = {adminFlow, anyFlow, dns, gossip, toNode, viaLb};
    return tp;
}

} // namespace

QString hostileText(int variant)
{
    const QString core =
        u"Name \"double\" 'single' `id` $(touch /tmp/portolan-pwn) ${var} %{if x} \\ back\\slash\n"
        "new line\r\n<script>alert('x')</script> & | , ; # -- Zürich 日本 😀 \t tab \u0001 \u2028 "
        "=SUM(A1) +1 @x -2 */ --> ]] } { [*_] ~~x~~ !["_s;
    QString text = u"%1: "_s.arg(variant) + core;
    if (variant % 5 == 0) // every fifth text is 10 KB long
        while (text.size() < 10 * 1024)
            text += core;
    return text;
}

TestPlan multiCloud()
{
    return build(Texts{false});
}
TestPlan hostile()
{
    return build(Texts{true});
}

TestPlan manyRules(Provider provider, int rules, IpFamily family)
{
    TestPlan tp;
    tp.project.name = u"Many rules"_s;
    tp.project.zones = {
        zone(u"cloud"_s, u"Cloud"_s, ZoneKind::Cloud, provider, {}, {}),
        zone(u"vpc"_s, u"VPC"_s, ZoneKind::Vpc, Provider::None, u"cloud"_s, {u"10.0.0.0/16"_s})};
    tp.project.nodes = {node(u"big"_s, u"Big group"_s, u"vpc"_s, {u"10.0.0.10"_s})};
    QList<Rule> list;
    for (int i = 0; i < rules; ++i) {
        const Cidr peer = family == IpFamily::IPv4 ? cidr(u"172.16.%1.%2/32"_s.arg(i / 250).arg(i % 250 + 1))
                                                   : cidr(u"2001:db8::%1/128"_s.arg(i + 1, 0, 16));
        list.append(rule(In, family, Tcp, {port(10000 + i)}, {peer}, u"rule %1"_s.arg(i + 1)));
    }
    tp.derivation.ruleSets = {ruleSet(u"sg:big"_s, PointKind::SecurityGroup, u"big"_s, provider,
                                      u"Big group"_s, {u"10.0.0.10/32"_s}, list)};
    return tp;
}

TestPlan manyFirewallRules(int rules)
{
    TestPlan tp;
    tp.project.name = u"Many firewall rules"_s;
    tp.project.zones = {
        zone(u"cloud"_s, u"Cloud"_s, ZoneKind::Cloud, Provider::Aws, {}, {}),
        zone(u"vpc"_s, u"VPC"_s, ZoneKind::Vpc, Provider::None, u"cloud"_s, {u"10.0.0.0/16"_s}),
        zone(u"public"_s, u"Public"_s, ZoneKind::Subnet, Provider::None, u"vpc"_s, {u"10.0.0.0/24"_s}),
        zone(u"private"_s, u"Private"_s, ZoneKind::Subnet, Provider::None, u"vpc"_s, {u"10.0.1.0/24"_s})};
    Firewall firewall;
    firewall.id = u"fw"_s;
    firewall.inside = {u"private"_s};
    firewall.outside = u"public"_s;
    tp.project.firewalls = {firewall};
    QList<Rule> list;
    for (int i = 0; i < rules; ++i)
        list.append(rule(In, IpFamily::IPv4, Tcp, {port(10000 + i)}, {cidr(u"10.0.0.%1/32"_s.arg(i + 1))},
                         u"rule %1"_s.arg(i + 1)));
    tp.derivation.ruleSets = {ruleSet(u"fw:fw"_s, PointKind::BoundaryFirewall, u"fw"_s, Provider::None,
                                      u"Firewall"_s, {u"10.0.1.0/24"_s}, list)};
    return tp;
}

TestPlan byName(const QString &name)
{
    if (name == u"hostile"_s)
        return hostile();
    return multiCloud();
}

} // namespace portolan::TestPlans
