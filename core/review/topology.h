#pragma once

#include "model/project.h"
#include "model/zonetree.h"

#include <QHash>
#include <QHostAddress>

namespace portolan {

// Questions the review asks about where things are: which zone an address
// lives in, which NAT stands between a node and a remote zone, which zones
// can talk directly. Built once per review from a Project that must outlive it.
class Topology
{
public:
    explicit Topology(const Project &project);

    // The deepest zone whose CIDRs contain `address`; `fallback` if none.
    ElementId zoneOfAddress(const QHostAddress &address, const ElementId &fallback) const;
    // The top-level zone of `zone`.
    ElementId root(const ElementId &zone) const;
    // The datacenter or cloud `zone` belongs to (its top-level zone if none).
    ElementId site(const ElementId &zone) const;
    // Direct routing between two zones: one top-level tree, or top-level
    // trees joined by links (VPN or peering), possibly through other trees.
    bool connected(const ElementId &a, const ElementId &b) const;
    // Sites joined by links, directly or through other sites.
    bool sitesLinked(const ElementId &siteA, const ElementId &siteB) const;
    // The representative of the sites linked with `site` (itself when none
    // is): two sites are linked exactly when their groups are equal.
    ElementId siteGroup(const ElementId &site) const;
    // The same for connected(): zones are connected when their groups are equal.
    ElementId connectedGroup(const ElementId &zone) const;
    // The innermost NAT whose inside holds `nodeZone` but not `remoteZone`:
    // what a party in `remoteZone` crosses to reach a node in `nodeZone`.
    // A NAT whose outside is the internet counts for internet parties only.
    const NatLayer *natInFront(const ElementId &nodeZone, const ElementId &remoteZone) const;
    // Indexes in Project::natLayers of the NATs whose inside holds `zone`.
    // natInFront() depends on the node's zone through this list only, so
    // node zones with equal lists see the same NAT in front of every remote.
    QList<int> natsHolding(const ElementId &zone) const;
    bool isTrusted(const ElementId &zone) const;
    bool isInternet(const ElementId &zone) const;

private:
    bool within(const ElementId &zone, const ElementId &ancestor) const
    {
        return m_tree.within(m_tree.index(zone), m_tree.index(ancestor));
    }
    const Project &m_project;
    // The zone tree and what each zone inherits, computed once parents
    // first: the checks ask for every node and flow, and a stored ancestry
    // per zone was quadratic in the nesting depth (issue 20).
    ZoneTree m_tree;
    QList<int> m_site;                        // innermost datacenter or cloud, else -1
    QList<bool> m_trusted;                    // inside a trusted zone
    QList<bool> m_internet;                   // inside an internet zone
    QHash<ElementId, ElementId> m_rootGroups; // top-level zone -> representative of its linked group
    QHash<ElementId, ElementId> m_siteGroups; // site -> representative of its linked group
    // zoneOfAddress: per family, the prefix lengths zones use (longest
    // first) and each CIDR's best zone by (family, prefix, network) key.
    // Scanning every zone per address was linear in the zones per question,
    // and the NAT review asks per member of a cluster (issue 20).
    QList<int> m_prefixes4, m_prefixes6;
    QHash<QByteArray, int> m_cidrZones;
};

} // namespace portolan
