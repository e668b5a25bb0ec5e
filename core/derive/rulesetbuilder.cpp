#include "rulesetbuilder.h"

#include "cidrinterner.h"
#include "rulecompaction.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

bool isCloud(Provider p)
{
    return p == Provider::Aws || p == Provider::Gcp || p == Provider::Azure || p == Provider::DigitalOcean;
}

using Input = RuleSetInput;

struct Point
{
    RuleSet set;
    QList<Input> inputs;
    int topZone = -1;
};

// Everything of a point but its rules and inputs.
bool sameShell(const RuleSet &a, const RuleSet &b)
{
    return a.kind == b.kind && a.element == b.element && a.provider == b.provider && a.name == b.name &&
           a.addresses == b.addresses && a.redirects == b.redirects;
}

class Builder
{
public:
    explicit Builder(const DeriveContext &context) : m_c(context) {}
    QList<RuleSet> build(const RuleSetMemo *previous, RuleSetMemo *next, int *reused);

private:
    int addPoint(PointKind kind, const QString &prefix, const ElementId &element, const QString &name,
                 const CidrList &addresses, Provider provider, int topZone);
    Provider providerOfZone(int zone) const;
    int topZone(int zone) const;
    // The flow's input to every point it crosses.
    void addFlow(qsizetype index, const QString &key);
    // A draft per family of the point's `input`.
    void addDrafts(const Point &point, const Input &input, QList<DraftRule> *drafts);
    QString groupOf(const FlowEndpoint &end, int point) const;

    const DeriveContext &m_c;
    CidrInterner m_interner;
    QList<Point> m_points;
    QList<int> m_host, m_group, m_balancer;
    QHash<ElementId, int> m_firewall; // id -> index into Project::firewalls
    QList<int> m_firewallPoint;
};

Provider Builder::providerOfZone(int zone) const
{
    return m_c.zoneProvider(zone);
}

int Builder::topZone(int zone) const
{
    return m_c.zoneRoot(zone);
}

int Builder::addPoint(PointKind kind, const QString &prefix, const ElementId &element, const QString &name,
                      const CidrList &addresses, Provider provider, int top)
{
    Point point;
    point.set.id = prefix % u':' % element;
    point.set.kind = kind;
    point.set.element = element;
    point.set.provider = provider;
    point.set.name = name.isEmpty() ? element : name;
    point.set.addresses = addresses;
    std::sort(point.set.addresses.begin(), point.set.addresses.end());
    point.topZone = top;
    m_points.append(point);
    return int(m_points.size()) - 1;
}

QString Builder::groupOf(const FlowEndpoint &end, int point) const
{
    // A whole group referenced by id: same provider, same top-level zone
    // (security-group references do not cross accounts or networks).
    int other = -1;
    if (end.kind == ElementKind::Node && !end.isMemberSet()) {
        const int n = m_c.nodeIndex(end.id);
        other = n >= 0 ? m_group[n] : -1;
    } else if (end.kind == ElementKind::LoadBalancer) {
        const int l = m_c.loadBalancerIndex(end.id);
        other = l >= 0 ? m_balancer[l] : -1;
    }
    if (other < 0 || !isCloud(m_points[other].set.provider))
        return {};
    const Point &here = m_points[point];
    const Point &there = m_points[other];
    return here.set.provider == there.set.provider && here.topZone == there.topZone ? there.set.id
                                                                                    : QString();
}

void Builder::addDrafts(const Point &p, const Input &input, QList<DraftRule> *drafts)
{
    const Flow &flow = m_c.flows[input.flow];
    const QString label = flow.component.section(u'/', 1) % u' ' % flow.port;
    for (IpFamily family : {IpFamily::IPv4, IpFamily::IPv6}) {
        DraftRule d;
        d.direction = input.direction;
        d.family = family;
        d.protocol = flow.protocol;
        if (flow.protocol != Protocol::Any)
            d.ports = {flow.ports};
        d.flowKeys = {input.flowKey};
        d.labels = {label};
        // A family the protected addresses do not have needs no rule.
        const CidrList &own = p.set.kind == PointKind::BoundaryFirewall ? input.local : p.set.addresses;
        if (!own.isEmpty() && std::none_of(own.cbegin(), own.cend(), [family](const Cidr &c) {
                return c.isIPv4() == (family == IpFamily::IPv4);
            }))
            continue;
        if (!input.peerGroup.isEmpty()) {
            if (family == IpFamily::IPv6)
                continue; // a group reference is family-less: once
            d.peerGroup = input.peerGroup;
        } else {
            d.peers = input.sharedPeers ? m_interner.internShared(input.peers, family)
                                        : m_interner.intern(input.peers, family);
            if (d.peers == CidrInterner::Empty)
                continue;
        }
        if (p.set.kind == PointKind::BoundaryFirewall)
            d.local = m_interner.internShared(input.local, family);
        drafts->append(d);
    }
}

void Builder::addFlow(qsizetype flowIndex, const QString &key)
{
    const Flow &flow = m_c.flows[flowIndex];
    auto input = [&](int point, Direction direction, const CidrList &peers, bool sharedPeers,
                     const CidrList &local, const QString &peerGroup) {
        m_points[point].inputs.append(Input{direction, key, peers, local, peerGroup, flowIndex, sharedPeers});
    };
    // What the far ends see after NAT.
    const FlowHop *snat = nullptr;
    const FlowHop *dnat = nullptr;
    for (const FlowHop &hop : flow.via) {
        if (hop.kind == HopKind::Nat && hop.sourceNat)
            snat = &hop;
        else if (hop.kind == HopKind::Nat && !dnat)
            dnat = &hop;
    }
    const bool seenSource = snat && !snat->toAddress.isNull();
    const CidrList translatedSource = seenSource ? CidrList{Cidr::host(snat->toAddress)} : CidrList{};
    const bool seenDestination = dnat && !dnat->fromAddress.isNull();
    const CidrList translatedDestination =
        seenDestination ? CidrList{Cidr::host(dnat->fromAddress)} : CidrList{};

    auto ingress = [&](int point) {
        if (point < 0)
            return;
        const QString group = seenSource ? QString() : groupOf(flow.source, point);
        input(point, Direction::Ingress, seenSource ? translatedSource : flow.source.cidrs, !seenSource, {},
              group);
    };
    auto egress = [&](int point) {
        if (point < 0)
            return;
        const QString group = seenDestination ? QString() : groupOf(flow.destination, point);
        input(point, Direction::Egress, seenDestination ? translatedDestination : flow.destination.cidrs,
              !seenDestination, {}, group);
    };

    if (flow.destination.kind == ElementKind::Node && !flow.destination.isMemberSet()) {
        if (const int n = m_c.nodeIndex(flow.destination.id); n >= 0) {
            ingress(m_host[n]);
            ingress(m_group[n]);
        }
    } else if (flow.destination.isMemberSet()) {
        for (const ElementId &member : flow.destination.members) {
            if (const int n = m_c.nodeIndex(member); n >= 0) {
                ingress(m_host[n]);
                ingress(m_group[n]);
            }
        }
    } else if (flow.destination.kind == ElementKind::LoadBalancer) {
        if (const int l = m_c.loadBalancerIndex(flow.destination.id); l >= 0)
            ingress(m_balancer[l]);
    }
    if (flow.source.kind == ElementKind::Node && flow.audience == Audience::Egress) {
        const QStringList members =
            flow.source.isMemberSet() ? flow.source.members : QStringList{flow.source.id};
        for (const ElementId &member : members) {
            if (const int n = m_c.nodeIndex(member); n >= 0) {
                egress(m_host[n]);
                egress(m_group[n]);
            }
        }
    } else if (flow.source.kind == ElementKind::LoadBalancer) {
        if (const int l = m_c.loadBalancerIndex(flow.source.id); l >= 0)
            egress(m_balancer[l]);
    }
    for (const FlowHop &hop : flow.via) {
        if (hop.kind != HopKind::Firewall)
            continue;
        const int index = m_firewall.value(hop.id, -1);
        if (index < 0)
            continue;
        const int point = m_firewallPoint[index];
        const Firewall *fw = &m_c.project.firewalls[index];
        const int destinationZone = m_c.zoneIndex(flow.destination.zone);
        const bool inbound = std::any_of(fw->inside.cbegin(), fw->inside.cend(), [&](const ElementId &z) {
            return m_c.zoneWithin(destinationZone, m_c.zoneIndex(z));
        });
        if (inbound)
            input(point, Direction::Ingress, flow.source.cidrs, true, flow.destination.cidrs, {});
        else
            input(point, Direction::Egress, flow.destination.cidrs, true, flow.source.cidrs, {});
    }
}

QList<RuleSet> Builder::build(const RuleSetMemo *previous, RuleSetMemo *next, int *reused)
{
    const Project &project = m_c.project;
    m_host.fill(-1, project.nodes.size());
    m_group.fill(-1, project.nodes.size());
    m_balancer.fill(-1, project.loadBalancers.size());
    for (int n = 0; n < project.nodes.size(); ++n) {
        const Node &node = project.nodes[n];
        const int zone = m_c.zoneIndex(node.zone);
        const CidrList &addresses = m_c.nodeEndpoint(n).cidrs;
        m_host[n] = addPoint(PointKind::HostFirewall, u"host"_s, node.id, node.name, addresses,
                             Provider::None, topZone(zone));
        for (const Redirect &r : node.redirects)
            m_points[m_host[n]].set.redirects.append(RedirectRule{
                r.protocol, r.match, r.toPort,
                u"transparent listen: "_s % r.match.toString() % u" to "_s % QString::number(r.toPort)});
        const Provider provider = providerOfZone(zone);
        if (isCloud(provider))
            m_group[n] = addPoint(PointKind::SecurityGroup, u"sg"_s, node.id, node.name, addresses, provider,
                                  topZone(zone));
    }
    for (int l = 0; l < project.loadBalancers.size(); ++l) {
        const LoadBalancer &lb = project.loadBalancers[l];
        const int zone = m_c.zoneIndex(lb.zone);
        m_balancer[l] = addPoint(PointKind::LoadBalancerGroup, u"lb"_s, lb.id, lb.name,
                                 m_c.loadBalancerEndpoint(l).cidrs, providerOfZone(zone), topZone(zone));
    }
    for (int f = 0; f < project.firewalls.size(); ++f) {
        const Firewall &fw = project.firewalls[f];
        CidrList inside;
        for (const ElementId &z : fw.inside)
            inside += project.effectiveCidrs(z);
        inside = CidrInterner::normalized(inside, IpFamily::IPv4) +
                 CidrInterner::normalized(inside, IpFamily::IPv6);
        m_firewall.insert(fw.id, f);
        m_firewallPoint.append(
            addPoint(PointKind::BoundaryFirewall, u"fw"_s, fw.id, fw.name, inside, Provider::None, -1));
    }

    for (qsizetype i = 0; i < m_c.flows.size(); ++i) {
        // SortFlows left the keys; a context it did not run on builds them.
        addFlow(i, i < m_c.flowKeys.size() ? m_c.flowKeys[i] : m_c.flows[i].key());
    }

    QList<RuleSet> sets;
    sets.reserve(m_points.size());
    if (next)
        next->points.reserve(m_points.size());
    for (Point &point : m_points) {
        const RuleSetMemo::Point *before = nullptr;
        if (previous)
            if (const auto it = previous->points.constFind(point.set.id); it != previous->points.cend())
                before = &*it;
        if (before && sameShell(before->set, point.set) && before->inputs == point.inputs) {
            point.set.rules = before->set.rules;
            if (reused)
                ++*reused;
        } else {
            QList<DraftRule> drafts;
            drafts.reserve(point.inputs.size() * 2);
            for (const Input &input : std::as_const(point.inputs))
                addDrafts(point, input, &drafts);
            point.set.rules = RuleCompaction::compact(std::move(drafts), m_interner);
        }
        if (next)
            next->points.insert(point.set.id, {point.set, std::move(point.inputs)});
        sets.append(std::move(point.set));
    }
    std::sort(sets.begin(), sets.end(), [](const RuleSet &a, const RuleSet &b) { return a.id < b.id; });
    return sets;
}

} // namespace

QList<RuleSet> RuleSetBuilder::run(const DeriveContext &context)
{
    return Builder(context).build(nullptr, nullptr, nullptr);
}

QList<RuleSet> RuleSetBuilder::run(const DeriveContext &context, const RuleSetMemo *previous,
                                   RuleSetMemo *next, int *reused)
{
    return Builder(context).build(previous, next, reused);
}

} // namespace portolan
