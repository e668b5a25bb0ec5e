#include "derivecontext.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portolan {

DeriveContext::DeriveContext(const Project &p, const CatalogSet &c)
    : project(p), catalogs(c)
{
    for (int i = 0; i < project.zones.size(); ++i)
        m_zones.insert(project.zones[i].id, i);
    for (int i = 0; i < project.nodes.size(); ++i)
        m_nodes.insert(project.nodes[i].id, i);
    for (int i = 0; i < project.loadBalancers.size(); ++i)
        m_loadBalancers.insert(project.loadBalancers[i].id, i);

    // Chains by index; the bound keeps a hand-built cyclic model finite.
    m_zoneChains.resize(project.zones.size());
    m_zoneTrusted.resize(project.zones.size());
    for (int i = 0; i < project.zones.size(); ++i) {
        QList<int> &chain = m_zoneChains[i];
        int current = i;
        while (current >= 0 && chain.size() <= project.zones.size()) {
            chain.append(current);
            if (project.zones[current].kind == ZoneKind::Trusted)
                m_zoneTrusted[i] = true;
            current = zoneIndex(project.zones[current].parent);
        }
    }

    // Zones that hops depend on, and every zone above one of them.
    QList<bool> matters(project.zones.size(), false);
    auto mark = [&](const ElementId &id) {
        for (int z : zoneChain(zoneIndex(id)))
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
    m_boundary.resize(project.zones.size());
    for (int i = 0; i < project.zones.size(); ++i) {
        const QList<int> &chain = m_zoneChains[i];
        auto it = std::find_if(chain.cbegin(), chain.cend(), [&](int z) { return matters[z]; });
        m_boundary[i] = it != chain.cend() ? *it : chain.last();
    }

    // Effective CIDRs per zone, computed once: a group without addresses
    // stands for its zone's networks.
    // (Project::effectiveCidrs finds each parent by a scan of the zones:
    // per zone, cubic in the nesting depth; the chains here are indexes.)
    m_zoneCidrs.resize(project.zones.size());
    const CidrList everywhere{*Cidr::parse(u"0.0.0.0/0"_s), *Cidr::parse(u"::/0"_s)};
    for (int i = 0; i < project.zones.size(); ++i) {
        for (int z : std::as_const(m_zoneChains[i])) {
            if (!project.zones[z].cidrs.isEmpty()) {
                m_zoneCidrs[i] = project.zones[z].cidrs;
                break;
            }
            if (project.zones[z].kind == ZoneKind::Internet) {
                m_zoneCidrs[i] = everywhere;
                break;
            }
        }
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

const QList<int> &DeriveContext::zoneChain(int zone) const
{
    return zone >= 0 && zone < m_zoneChains.size() ? m_zoneChains[zone] : m_emptyChain;
}

bool DeriveContext::zoneWithin(int zone, int ancestor) const
{
    return ancestor >= 0 && zoneChain(zone).contains(ancestor);
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
    return FlowEndpoint{ElementKind::Zone,
                        u"internet"_s,
                        {*Cidr::parse(u"0.0.0.0/0"_s), *Cidr::parse(u"::/0"_s)},
                        {},
                        {}};
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
    // A group behind the balancer has no single address to name.
    hop.toAddress = target.addresses.size() == 1 ? target.addresses.first() : QHostAddress();
    hop.toPorts = port.range;
    hop.tls = listener.tls;
    return hop;
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
