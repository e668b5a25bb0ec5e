#pragma once

#include "model/project.h"

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
    // The innermost NAT whose inside holds `nodeZone` but not `remoteZone`:
    // what a party in `remoteZone` crosses to reach a node in `nodeZone`.
    // A NAT whose outside is the internet counts for internet parties only.
    const NatLayer *natInFront(const ElementId &nodeZone, const ElementId &remoteZone) const;
    bool isTrusted(const ElementId &zone) const;
    bool isInternet(const ElementId &zone) const;

private:
    // Zone chains (innermost first) computed once: Project::zoneChain scans
    // the zone list per step and the checks ask for every node and flow.
    const QList<ElementId> &chain(const ElementId &zone) const;
    bool within(const ElementId &zone, const ElementId &ancestor) const { return chain(zone).contains(ancestor); }
    const Project &m_project;
    QHash<ElementId, const Zone *> m_zones;
    QHash<ElementId, QList<ElementId>> m_chains;
    QHash<ElementId, ElementId> m_rootGroups; // top-level zone -> representative of its linked group
    QHash<ElementId, ElementId> m_siteGroups; // site -> representative of its linked group
};

} // namespace portolan
