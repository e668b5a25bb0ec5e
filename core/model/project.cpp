#include "project.h"

#include <algorithm>

namespace portolan {

namespace {

template <typename List> auto findById(List &list, const ElementId &id) -> decltype(&list.front())
{
    auto it = std::find_if(list.begin(), list.end(), [&](const auto &e) { return e.id == id; });
    return it == list.end() ? nullptr : &*it;
}

} // namespace

const Zone *Project::zone(const ElementId &id) const
{
    return findById(zones, id);
}
const Node *Project::node(const ElementId &id) const
{
    return findById(nodes, id);
}
const LoadBalancer *Project::loadBalancer(const ElementId &id) const
{
    return findById(loadBalancers, id);
}
const NatLayer *Project::natLayer(const ElementId &id) const
{
    return findById(natLayers, id);
}
const Firewall *Project::firewall(const ElementId &id) const
{
    return findById(firewalls, id);
}
const Link *Project::link(const ElementId &id) const
{
    return findById(links, id);
}
const Client *Project::client(const ElementId &id) const
{
    return findById(clients, id);
}
Zone *Project::zone(const ElementId &id)
{
    return findById(zones, id);
}
Node *Project::node(const ElementId &id)
{
    return findById(nodes, id);
}

std::optional<ElementKind> Project::kindOf(const ElementId &id) const
{
    if (zone(id))
        return ElementKind::Zone;
    if (node(id))
        return ElementKind::Node;
    if (loadBalancer(id))
        return ElementKind::LoadBalancer;
    if (natLayer(id))
        return ElementKind::NatLayer;
    if (firewall(id))
        return ElementKind::Firewall;
    if (link(id))
        return ElementKind::Link;
    if (client(id))
        return ElementKind::Client;
    return std::nullopt;
}

QStringList Project::allIds() const
{
    QStringList ids;
    auto add = [&](const auto &list) {
        for (const auto &e : list)
            ids.append(e.id);
    };
    add(zones);
    add(nodes);
    add(loadBalancers);
    add(natLayers);
    add(firewalls);
    add(links);
    add(clients);
    return ids;
}

QList<ElementId> Project::zoneChain(const ElementId &id) const
{
    QList<ElementId> chain;
    const Zone *current = zone(id);
    // The loader refuses parent cycles; the bound keeps a hand-built model safe too.
    while (current && chain.size() <= zones.size()) {
        chain.append(current->id);
        current = current->parent.isEmpty() ? nullptr : zone(current->parent);
    }
    return chain;
}

bool Project::zoneIsWithin(const ElementId &zoneId, const ElementId &ancestor) const
{
    return zoneChain(zoneId).contains(ancestor);
}

Provider Project::providerOf(const ElementId &zoneId) const
{
    for (const ElementId &id : zoneChain(zoneId))
        if (const Zone *z = zone(id); z && z->provider != Provider::None)
            return z->provider;
    return Provider::None;
}

CidrList Project::effectiveCidrs(const ElementId &zoneId) const
{
    for (const ElementId &id : zoneChain(zoneId)) {
        const Zone *z = zone(id);
        if (!z)
            break;
        if (!z->cidrs.isEmpty())
            return z->cidrs;
        if (z->kind == ZoneKind::Internet)
            return {*Cidr::parse(QStringLiteral("0.0.0.0/0")), *Cidr::parse(QStringLiteral("::/0"))};
    }
    return {};
}

} // namespace portolan
