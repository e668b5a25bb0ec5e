#include "topology.h"

namespace portolan {

namespace {

ElementId findIn(const QHash<ElementId, ElementId> &sets, const ElementId &x)
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
    for (const Zone &zone : project.zones)
        m_zones.insert(zone.id, &zone);
    // Each chain by hash lookups: Project::zoneChain finds every parent by
    // scanning the zone list, cubic in the nesting depth (issue 20).
    for (const Zone &zone : project.zones) {
        QList<ElementId> chain;
        for (const Zone *z = &zone; z && chain.size() <= project.zones.size();
             z = z->parent.isEmpty() ? nullptr : m_zones.value(z->parent))
            chain.append(z->id);
        m_chains.insert(zone.id, chain);
    }
    for (const Link &link : project.links) {
        if (link.a.isEmpty() || link.b.isEmpty())
            continue;
        unite(m_rootGroups, root(link.a), root(link.b));
        unite(m_siteGroups, site(link.a), site(link.b));
    }
}

const QList<ElementId> &Topology::chain(const ElementId &zone) const
{
    static const QList<ElementId> none;
    const auto it = m_chains.constFind(zone);
    return it == m_chains.cend() ? none : *it;
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
            const qsizetype depth = chain(zone.id).size();
            if (cidr.prefixLength() > bestPrefix ||
                (cidr.prefixLength() == bestPrefix && depth > bestDepth)) {
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
    const QList<ElementId> &zones = chain(zone);
    return zones.isEmpty() ? zone : zones.last();
}

ElementId Topology::site(const ElementId &zone) const
{
    for (const ElementId &id : chain(zone)) {
        const Zone *z = m_zones.value(id);
        if (z && (z->kind == ZoneKind::Datacenter || z->kind == ZoneKind::Cloud))
            return id;
    }
    return root(zone);
}

bool Topology::connected(const ElementId &a, const ElementId &b) const
{
    return findIn(m_rootGroups, root(a)) == findIn(m_rootGroups, root(b));
}

bool Topology::sitesLinked(const ElementId &siteA, const ElementId &siteB) const
{
    return findIn(m_siteGroups, siteA) == findIn(m_siteGroups, siteB);
}

const NatLayer *Topology::natInFront(const ElementId &nodeZone, const ElementId &remoteZone) const
{
    const NatLayer *best = nullptr;
    qsizetype bestDepth = -1;
    const bool remoteOnInternet = isInternet(remoteZone);
    for (const NatLayer &nat : m_project.natLayers) {
        if (!within(nodeZone, nat.inside) || within(remoteZone, nat.inside))
            continue;
        // An internet edge stands only between its inside and the internet:
        // a linked site's parties come in over the link.
        if (isInternet(nat.outside) && !remoteOnInternet)
            continue;
        const qsizetype depth = chain(nat.inside).size();
        if (depth > bestDepth) {
            best = &nat;
            bestDepth = depth;
        }
    }
    return best;
}

bool Topology::isTrusted(const ElementId &zone) const
{
    for (const ElementId &id : chain(zone)) {
        const Zone *z = m_zones.value(id);
        if (z && z->kind == ZoneKind::Trusted)
            return true;
    }
    return false;
}

bool Topology::isInternet(const ElementId &zone) const
{
    for (const ElementId &id : chain(zone)) {
        const Zone *z = m_zones.value(id);
        if (z && z->kind == ZoneKind::Internet)
            return true;
    }
    return false;
}

} // namespace portolan
