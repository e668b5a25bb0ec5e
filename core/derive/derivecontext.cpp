#include "derivecontext.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portolan {

DeriveContext::DeriveContext(const Project &p, const CatalogSet &c) : project(p), catalogs(c), m_tree(p)
{
    for (int i = 0; i < project.nodes.size(); ++i)
        m_nodes.insert(project.nodes[i].id, i);
    for (int i = 0; i < project.loadBalancers.size(); ++i)
        m_loadBalancers.insert(project.loadBalancers[i].id, i);

    // Inherited down the zone tree, parents first: linear in the zones
    // however deep they nest (issue 20).
    const int zoneCount = int(project.zones.size());
    const QList<int> &topDown = m_tree.topDown();
    m_zoneTrusted.fill(false, zoneCount);
    m_zoneProvider.fill(Provider::None, zoneCount);
    for (int z : topDown) {
        const Zone &zone = project.zones[z];
        const int parent = m_tree.parent(z);
        m_zoneTrusted[z] = zone.kind == ZoneKind::Trusted || (parent >= 0 && m_zoneTrusted[parent]);
        m_zoneProvider[z] = zone.provider != Provider::None ? zone.provider
                            : parent >= 0                   ? m_zoneProvider[parent]
                                                            : Provider::None;
    }

    // Zones that hops depend on, and every zone above one of them (each
    // zone marked once: the walk up stops at a marked one).
    QList<bool> matters(zoneCount, false);
    auto mark = [&](const ElementId &id) {
        for (int z = m_tree.index(id); z >= 0 && !matters[z]; z = m_tree.parent(z))
            matters[z] = true;
    };
    for (const NatLayer &nat : project.natLayers) {
        mark(nat.inside);
        mark(nat.outside);
    }
    for (const Firewall &fw : project.firewalls) {
        for (const ElementId &z : fw.inside)
            mark(z);
        mark(fw.outside);
    }
    for (const Link &link : project.links) {
        mark(link.a);
        mark(link.b);
    }
    // The innermost ancestor (or itself) that matters, else the top-level zone.
    m_boundary.fill(-1, zoneCount);
    for (int z : topDown) {
        const int parent = m_tree.parent(z);
        m_boundary[z] = matters[z] || parent < 0 ? z : m_boundary[parent];
    }

    // Effective CIDRs per zone: its own, else the nearest ancestor's (an
    // internet zone stands for every address). A group without addresses
    // stands for its zone's networks.
    m_zoneCidrs.resize(zoneCount);
    const CidrList everywhere{*Cidr::parse(u"0.0.0.0/0"_s), *Cidr::parse(u"::/0"_s)};
    for (int z : topDown) {
        const Zone &zone = project.zones[z];
        const int parent = m_tree.parent(z);
        m_zoneCidrs[z] = !zone.cidrs.isEmpty()             ? zone.cidrs
                         : zone.kind == ZoneKind::Internet ? everywhere
                         : parent >= 0                     ? m_zoneCidrs[parent]
                                                           : CidrList();
    }
    const QList<CidrList> &zoneCidrs = m_zoneCidrs;
    m_nodeEndpoints.reserve(project.nodes.size());
    for (const Node &node : project.nodes) {
        FlowEndpoint e{ElementKind::Node, node.id, {}, node.zone, {}};
        for (const QHostAddress &address : node.addresses)
            e.cidrs.append(Cidr::host(address));
        if (e.cidrs.isEmpty()) {
            const int zone = zoneIndex(node.zone);
            if (zone >= 0)
                e.cidrs = zoneCidrs[zone];
        }
        m_nodeEndpoints.append(e);
    }
}

bool DeriveContext::zoneWithin(const ElementId &zone, const ElementId &ancestor) const
{
    return zoneWithin(zoneIndex(zone), zoneIndex(ancestor));
}

bool DeriveContext::isTrusted(const ElementId &zone) const
{
    const int index = zoneIndex(zone);
    return index >= 0 && m_zoneTrusted[index];
}

CidrList DeriveContext::effectiveCidrs(const ElementId &zone) const
{
    const int index = zoneIndex(zone);
    return index >= 0 ? m_zoneCidrs[index] : CidrList{};
}

FlowEndpoint DeriveContext::internetEndpoint() const
{
    for (const Zone &zone : project.zones)
        if (zone.kind == ZoneKind::Internet)
            return zoneEndpoint(zone.id);
    return FlowEndpoint{
        ElementKind::Zone, u"internet"_s, {*Cidr::parse(u"0.0.0.0/0"_s), *Cidr::parse(u"::/0"_s)}, {}, {}};
}

FlowEndpoint DeriveContext::clientEndpoint(const Client &client) const
{
    FlowEndpoint e{ElementKind::Client, client.id, client.cidrs, client.zone, {}};
    if (e.cidrs.isEmpty())
        e.cidrs = effectiveCidrs(client.zone);
    return e;
}

FlowEndpoint DeriveContext::zoneEndpoint(const ElementId &zone) const
{
    return FlowEndpoint{ElementKind::Zone, zone, effectiveCidrs(zone), zone, {}};
}

FlowEndpoint DeriveContext::loadBalancerEndpoint(int index) const
{
    const LoadBalancer &lb = project.loadBalancers[index];
    FlowEndpoint e{ElementKind::LoadBalancer, lb.id, {}, lb.zone, {}};
    for (const QHostAddress &address : lb.addresses)
        e.cidrs.append(Cidr::host(address));
    if (e.cidrs.isEmpty())
        e.cidrs = effectiveCidrs(lb.zone);
    return e;
}

namespace {

struct IdOrder
{
    bool operator()(const DeriveContext::PortRef &ref, const QString &id) const { return *ref.id < id; }
    bool operator()(const QString &id, const DeriveContext::PortRef &ref) const { return id < *ref.id; }
};

} // namespace

std::span<const DeriveContext::PortRef> DeriveContext::portsNamed(int node, const QString &portId) const
{
    if (node < 0 || size_t(node) + 1 >= portRefsStart.size())
        return {};
    const auto first = portRefs.begin() + portRefsStart[size_t(node)];
    const auto last = portRefs.begin() + portRefsStart[size_t(node) + 1];
    const auto [lo, hi] = std::equal_range(first, last, portId, IdOrder{});
    return {lo, hi};
}

QString DeriveContext::targetKey(const ElementId &node, const QString &component, const QString &port)
{
    return node % u'\x1f' % component % u'\x1f' % port;
}

FlowHop DeriveContext::loadBalancerHop(const ListenerRef &ref, const ResolvedPort &port, int node) const
{
    const LoadBalancer &lb = project.loadBalancers[ref.loadBalancer];
    const Listener &listener = lb.listeners[ref.listener];
    const Node &target = project.nodes[node];
    FlowHop hop;
    hop.kind = HopKind::LoadBalancer;
    hop.id = lb.id;
    hop.fromAddress = lb.addresses.value(0);
    hop.fromPorts = PortRange::single(listener.port);
    // A group behind the balancer has no single address to name; a single
    // host is named by its one address, or by its one address of the
    // balancer's family (a dual-stack host).
    if (!target.isGroup()) {
        QList<QHostAddress> sameFamily;
        for (const QHostAddress &a : target.addresses)
            if (a.protocol() == hop.fromAddress.protocol())
                sameFamily.append(a);
        if (target.addresses.size() == 1)
            hop.toAddress = target.addresses.first();
        else if (sameFamily.size() == 1)
            hop.toAddress = sameFamily.first();
    }
    hop.toPorts = port.range;
    hop.tls = listener.tls;
    return hop;
}

void DeriveContext::addPortFlows(const NodeComponent &component, const ResolvedPort &port,
                                 const FlowEndpoint &source, const FlowEndpoint &destination)
{
    for (Protocol protocol : port.protocols) {
        Flow flow = portFlow(component, port);
        flow.source = source;
        flow.destination = destination;
        flow.protocol = protocol;
        flows.append(flow);
    }
}

Flow DeriveContext::portFlow(const NodeComponent &component, const ResolvedPort &port) const
{
    Flow flow;
    const Catalog &catalog = component.instance.catalog();
    flow.catalog = catalog.id;
    flow.product = catalog.productName;
    flow.component = component.instance.reference();
    flow.port = port.def->id;
    flow.audience = port.def->audience;
    flow.ports = port.range;
    if (const SourceDocument *doc = catalog.sourceDocument(port.def->source))
        flow.sourceDocument = doc->document;
    return flow;
}

} // namespace portolan
