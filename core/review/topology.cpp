#include "topology.h"

#include <QtEndian>

#include <algorithm>

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

// Points every entry straight at its representative, so that a later
// find is one lookup however the links were chained.
void flatten(QHash<ElementId, ElementId> &sets)
{
    for (auto it = sets.begin(); it != sets.end(); ++it)
        it.value() = findIn(sets, it.key());
}

// The address's first `prefix` bits with its family and the prefix: equal
// for an address and every network of that length that holds it. Empty for
// anything but IPv4 and IPv6 (no CIDR holds it).
QByteArray prefixKey(const QHostAddress &address, int prefix)
{
    QByteArray key;
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 bits = prefix <= 0 ? 0u : address.toIPv4Address() & (~quint32(0) << (32 - prefix));
        key.resize(6);
        key[0] = 4;
        qToBigEndian(bits, key.data() + 2);
    } else if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        key.resize(18);
        key[0] = 6;
        for (int i = 0; i < 16; ++i) {
            const int kept = std::clamp(prefix - 8 * i, 0, 8); // bits of this byte inside the prefix
            key[2 + i] = char(kept == 0 ? 0 : bytes[i] & (0xff << (8 - kept)));
        }
    } else {
        return {};
    }
    key[1] = char(prefix);
    return key;
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
    flatten(m_rootGroups);
    flatten(m_siteGroups);
    // Per (family, prefix, network) the deepest zone, the first in project
    // order among equals: what the scan over all zones chose.
    QHash<QByteArray, int> depthOf;
    for (int z = 0; z < n; ++z) {
        for (const Cidr &cidr : project.zones[z].cidrs) {
            const QByteArray key = prefixKey(cidr.network(), cidr.prefixLength());
            if (key.isEmpty())
                continue;
            const int depth = m_tree.depth(z);
            auto known = depthOf.constFind(key);
            if (known != depthOf.cend() && *known >= depth)
                continue;
            depthOf.insert(key, depth);
            m_cidrZones.insert(key, z);
            QList<int> &prefixes = cidr.isIPv4() ? m_prefixes4 : m_prefixes6;
            if (!prefixes.contains(cidr.prefixLength())) // at most 33 or 129 entries
                prefixes.append(cidr.prefixLength());
        }
    }
    std::sort(m_prefixes4.begin(), m_prefixes4.end(), std::greater<int>());
    std::sort(m_prefixes6.begin(), m_prefixes6.end(), std::greater<int>());
}

ElementId Topology::zoneOfAddress(const QHostAddress &address, const ElementId &fallback) const
{
    // The longest prefix holding the address wins, then the deepest zone.
    const QList<int> &prefixes = address.protocol() == QAbstractSocket::IPv4Protocol   ? m_prefixes4
                                 : address.protocol() == QAbstractSocket::IPv6Protocol ? m_prefixes6
                                                                                       : QList<int>();
    for (int prefix : prefixes) {
        const auto found = m_cidrZones.constFind(prefixKey(address, prefix));
        if (found != m_cidrZones.cend())
            return m_project.zones[*found].id;
    }
    return fallback;
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

ElementId Topology::siteGroup(const ElementId &site) const
{
    return findIn(m_siteGroups, site);
}

ElementId Topology::connectedGroup(const ElementId &zone) const
{
    return findIn(m_rootGroups, root(zone));
}

QList<int> Topology::natsHolding(const ElementId &zone) const
{
    QList<int> result;
    for (int i = 0; i < m_project.natLayers.size(); ++i)
        if (within(zone, m_project.natLayers[i].inside))
            result.append(i);
    return result;
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
