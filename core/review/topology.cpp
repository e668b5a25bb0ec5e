#include "topology.h"

namespace portolan {

namespace {

ElementId findIn(QHash<ElementId, ElementId> &sets, const ElementId &x)
{
    ElementId r = x;
    while (sets.contains(r) && sets.value(r) != r)
        r = sets.value(r);
    return r;
}

// Union by the smaller id keeps representatives deterministic.
void unite(QHash<ElementId, ElementId> &sets, const ElementId &a, const ElementId &b)
{
    const ElementId ra = findIn(sets, a), rb = findIn(sets, b);
    if (ra == rb)
        return;
    if (ra < rb)
        sets.insert(rb, ra);
    else
        sets.insert(ra, rb);
}

} // namespace

Topology::Topology(const Project &project) : m_project(project)
{
    for (const Link &link : project.links) {
        if (link.a.isEmpty() || link.b.isEmpty())
            continue;
        unite(m_rootGroups, root(link.a), root(link.b));
        unite(m_siteGroups, site(link.a), site(link.b));
    }
}

ElementId Topology::find(QHash<ElementId, ElementId> &sets, const ElementId &x) const
{
    return findIn(sets, x);
}

ElementId Topology::zoneOfAddress(const QHostAddress &address, const ElementId &fallback) const
{
    ElementId best = fallback;
    qsizetype bestDepth = -1;
    int bestPrefix = -1;
    for (const Zone &zone : m_project.zones) {
        for (const Cidr &cidr : zone.cidrs) {
            if (!cidr.contains(address))
                continue;
            const qsizetype depth = m_project.zoneChain(zone.id).size();
            if (cidr.prefixLength() > bestPrefix || (cidr.prefixLength() == bestPrefix && depth > bestDepth)) {
                best = zone.id;
                bestDepth = depth;
                bestPrefix = cidr.prefixLength();
            }
        }
    }
    return best;
}

ElementId Topology::root(const ElementId &zone) const
{
    const QList<ElementId> chain = m_project.zoneChain(zone);
    return chain.isEmpty() ? zone : chain.last();
}

ElementId Topology::site(const ElementId &zone) const
{
    for (const ElementId &id : m_project.zoneChain(zone)) {
        const Zone *z = m_project.zone(id);
        if (z && (z->kind == ZoneKind::Datacenter || z->kind == ZoneKind::Cloud))
            return id;
    }
    return root(zone);
}

bool Topology::connected(const ElementId &a, const ElementId &b) const
{
    auto sets = m_rootGroups;
    return find(sets, root(a)) == find(sets, root(b));
}

bool Topology::sitesLinked(const ElementId &siteA, const ElementId &siteB) const
{
    auto sets = m_siteGroups;
    return find(sets, siteA) == find(sets, siteB);
}

const NatLayer *Topology::natInFront(const ElementId &nodeZone, const ElementId &remoteZone) const
{
    const NatLayer *best = nullptr;
    qsizetype bestDepth = -1;
    for (const NatLayer &nat : m_project.natLayers) {
        if (!m_project.zoneIsWithin(nodeZone, nat.inside) || m_project.zoneIsWithin(remoteZone, nat.inside))
            continue;
        const qsizetype depth = m_project.zoneChain(nat.inside).size();
        if (depth > bestDepth) {
            best = &nat;
            bestDepth = depth;
        }
    }
    return best;
}

bool Topology::isTrusted(const ElementId &zone) const
{
    for (const ElementId &id : m_project.zoneChain(zone)) {
        const Zone *z = m_project.zone(id);
        if (z && z->kind == ZoneKind::Trusted)
            return true;
    }
    return false;
}

bool Topology::isInternet(const ElementId &zone) const
{
    for (const ElementId &id : m_project.zoneChain(zone)) {
        const Zone *z = m_project.zone(id);
        if (z && z->kind == ZoneKind::Internet)
            return true;
    }
    return false;
}

} // namespace portolan
