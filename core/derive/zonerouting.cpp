#include "zonerouting.h"

#include <numeric>

namespace portolan {

namespace {

int findRoot(QList<int> &parents, int x)
{
    while (parents[x] != x) {
        parents[x] = parents[parents[x]];
        x = parents[x];
    }
    return x;
}

} // namespace

ZoneRouting::ZoneRouting(const Project &project) : m_project(project), m_tree(project)
{
    const qsizetype n = project.zones.size();
    m_internet.fill(false, n);
    m_site.fill(-1, n);
    // Inherited down the tree, parents first (linear however deep zones nest).
    for (int i : m_tree.topDown()) {
        const int parent = m_tree.parent(i);
        m_internet[i] = project.zones[i].kind == ZoneKind::Internet || (parent >= 0 && m_internet[parent]);
        m_site[i] = m_tree.root(i);
    }
    // Sites joined by links, transitively; representative = smallest index.
    m_group.resize(n);
    std::iota(m_group.begin(), m_group.end(), 0);
    for (const Link &link : project.links) {
        const int a = zoneIndex(link.a), b = zoneIndex(link.b);
        if (a < 0 || b < 0)
            continue;
        const int ra = findRoot(m_group, m_site[a]), rb = findRoot(m_group, m_site[b]);
        if (ra != rb)
            m_group[std::max(ra, rb)] = std::min(ra, rb);
    }
    for (int i = 0; i < n; ++i)
        m_group[i] = findRoot(m_group, i);

    // NATs over each zone, innermost first: its own, then its parent's.
    QList<QList<int>> natsByInside(n);
    for (int k = 0; k < project.natLayers.size(); ++k)
        if (const int inside = zoneIndex(project.natLayers[k].inside); inside >= 0)
            natsByInside[inside].append(k);
    m_natsOver.resize(n);
    for (int i : m_tree.topDown()) {
        m_natsOver[i] = natsByInside[i]; // innermost first
        if (const int parent = m_tree.parent(i); parent >= 0)
            m_natsOver[i] += m_natsOver[parent];
    }
}

std::optional<AddressScope::Scope> ZoneRouting::scopeOf(const CidrList &addresses)
{
    if (addresses.isEmpty())
        return std::nullopt;
    for (const Cidr &cidr : addresses)
        if (!AddressScope::isPrivate(cidr))
            return AddressScope::Public;
    return AddressScope::Private;
}

ZoneRouting::Reach ZoneRouting::reach(int from, std::optional<AddressScope::Scope> scope, int to) const
{
    if (!scope)
        return Reach::Unknown;
    if (*scope == AddressScope::Public)
        return Reach::Reaches;
    if (isInternet(from))
        return Reach::InternetToPrivate;
    if (from < 0 || to < 0)
        return Reach::Unknown;
    return linked(from, to) ? Reach::Reaches : Reach::SitesNotLinked;
}

ZoneRouting::Reach ZoneRouting::reachNat(int from, int nat, const QHostAddress &address) const
{
    const NatLayer &layer = m_project.natLayers[nat];
    CidrList outside;
    if (!address.isNull())
        outside.append(Cidr::host(address));
    if (outside.isEmpty())
        for (const QHostAddress &own : layer.outsideAddresses)
            outside.append(Cidr::host(own));
    if (outside.isEmpty())
        for (const NatMapping &mapping : layer.mappings)
            outside.append(Cidr::host(mapping.outsideAddress));
    const int outsideZone = zoneIndex(layer.outside);
    const Reach viaOutside = reach(from, scopeOf(outside), outsideZone);
    if (viaOutside != Reach::SitesNotLinked)
        return viaOutside;
    return reach(from, scopeOf(outside), zoneIndex(layer.inside));
}

const QList<int> &ZoneRouting::natsOver(int zone) const
{
    static const QList<int> none;
    return zone >= 0 ? m_natsOver[zone] : none;
}

int ZoneRouting::natInFront(int zone, int from) const
{
    for (int nat : natsOver(zone))
        if (!within(from, zoneIndex(m_project.natLayers[nat].inside)))
            return nat;
    return -1;
}

} // namespace portolan

namespace portolan {

int ZoneRouting::natFacing(int zone, int from) const
{
    for (int nat : natsOver(zone)) {
        const NatLayer &layer = m_project.natLayers[nat];
        const int outside = zoneIndex(layer.outside);
        if (!within(from, zoneIndex(layer.inside)) && (within(from, outside) || linked(from, outside)))
            return nat;
    }
    return natInFront(zone, from);
}

} // namespace portolan
