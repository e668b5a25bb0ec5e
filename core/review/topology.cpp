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

Topology::Topology(const Project &project) : m_project(project), m_tree(project)
{
    const qsizetype n = project.zones.size();
    m_site.fill(-1, n);
    m_trusted.fill(false, n);
    m_internet.fill(false, n);
    for (int z : m_tree.topDown()) {
        const Zone &zone = project.zones[z];
        const int parent = m_tree.parent(z);
        m_site[z] = zone.kind == ZoneKind::Datacenter || zone.kind == ZoneKind::Cloud ? z
                    : parent >= 0                                                     ? m_site[parent]
                                                                                      : -1;
        m_trusted[z] = zone.kind == ZoneKind::Trusted || (parent >= 0 && m_trusted[parent]);
        m_internet[z] = zone.kind == ZoneKind::Internet || (parent >= 0 && m_internet[parent]);
    }
    for (const Link &link : project.links) {
        if (link.a.isEmpty() || link.b.isEmpty())
            continue;
        unite(m_rootGroups, root(link.a), root(link.b));
        unite(m_siteGroups, site(link.a), site(link.b));
    }
}

ElementId Topology::zoneOfAddress(const QHostAddress &address, const ElementId &fallback) const
{
    ElementId best = fallback;
    int bestDepth = -1;
    int bestPrefix = -1;
    for (int z = 0; z < m_project.zones.size(); ++z) {
        const Zone &zone = m_project.zones[z];
        for (const Cidr &cidr : zone.cidrs) {
            if (!cidr.contains(address))
                continue;
            const int depth = m_tree.depth(z);
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
    const int z = m_tree.index(zone);
    return z < 0 ? zone : m_project.zones[m_tree.root(z)].id;
}

ElementId Topology::site(const ElementId &zone) const
{
    const int z = m_tree.index(zone);
    return z >= 0 && m_site[z] >= 0 ? m_project.zones[m_site[z]].id : root(zone);
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
    int bestDepth = -1;
    const bool remoteOnInternet = isInternet(remoteZone);
    for (const NatLayer &nat : m_project.natLayers) {
        if (!within(nodeZone, nat.inside) || within(remoteZone, nat.inside))
            continue;
        // An internet edge stands only between its inside and the internet:
        // a linked site's parties come in over the link.
        if (isInternet(nat.outside) && !remoteOnInternet)
            continue;
        const int depth = m_tree.depth(m_tree.index(nat.inside));
        if (depth > bestDepth) {
            best = &nat;
            bestDepth = depth;
        }
    }
    return best;
}

bool Topology::isTrusted(const ElementId &zone) const
{
    const int z = m_tree.index(zone);
    return z >= 0 && m_trusted[z];
}

bool Topology::isInternet(const ElementId &zone) const
{
    const int z = m_tree.index(zone);
    return z >= 0 && m_internet[z];
}

} // namespace portolan
