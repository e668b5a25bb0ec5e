#pragma once

#include "flow.h"
#include "ruleset.h"

#include "catalog/catalogset.h"
#include "catalog/componentinstance.h"
#include "model/project.h"
#include "model/zonetree.h"

#include <QHash>
#include <QSet>

#include <span>
#include <vector>

namespace portolan {

// One component on one node with its ports resolved from the node's settings.
struct NodeComponent
{
    int node = -1; // index into Project::nodes
    ComponentInstance instance;
    QList<ResolvedPort> ports;    // enabled ports that can be reached from other hosts
    QList<ResolvedPort> loopback; // enabled ports bound to 127.0.0.1 / ::1: never a flow
};

// A load balancer listener, found by what it fronts.
struct ListenerRef
{
    int loadBalancer = -1; // index into Project::loadBalancers
    int listener = -1;     // index into LoadBalancer::listeners
};

// What the passes share: the inputs, indices that keep every lookup O(1)
// (Project's own finders are linear), and the accumulated output. Passes
// only append to `flows`, `localPorts` and `refused`, or rewrite flows in
// place; none keeps pointers into the lists across passes.
class DeriveContext
{
public:
    DeriveContext(const Project &project, const CatalogSet &catalogs);

    const Project &project;
    const CatalogSet &catalogs;

    // Indices; -1 when unknown.
    int nodeIndex(const ElementId &id) const { return m_nodes.value(id, -1); }
    int zoneIndex(const ElementId &id) const { return m_tree.index(id); }
    int loadBalancerIndex(const ElementId &id) const { return m_loadBalancers.value(id, -1); }
    // The zone hierarchy (parents, roots, "within" in O(1)).
    const ZoneTree &zones() const { return m_tree; }
    int zoneRoot(int zone) const { return m_tree.root(zone); }
    // The provider of the innermost zone of `zone`'s ancestry that names one.
    Provider zoneProvider(int zone) const { return zone >= 0 ? m_zoneProvider[zone] : Provider::None; }
    bool zoneWithin(int zone, int ancestor) const { return m_tree.within(zone, ancestor); }
    bool zoneWithin(const ElementId &zone, const ElementId &ancestor) const;
    bool isTrusted(const ElementId &zone) const; // within a zone of kind Trusted
    // The outermost zone that is equivalent to `zone` for every hop: the
    // innermost ancestor (or itself) that a NAT, firewall or link names or
    // that contains one that is named; the top-level zone when there is none.
    // Member sets group by it.
    int boundaryZone(int zone) const { return zone >= 0 ? m_boundary[zone] : -1; }
    // The internet zone flows to "the internet" end in (the first Internet
    // zone of the project, or a synthetic one named "internet").
    FlowEndpoint internetEndpoint() const;
    // Project::effectiveCidrs, from the index (computed once per zone).
    CidrList effectiveCidrs(const ElementId &zone) const;

    // Endpoints; a node's CIDRs are its addresses as host networks, or its
    // zone's CIDRs when a group has no addresses (built once, then shared).
    const FlowEndpoint &nodeEndpoint(int node) const { return m_nodeEndpoints[node]; }
    FlowEndpoint clientEndpoint(const Client &client) const;
    FlowEndpoint zoneEndpoint(const ElementId &zone) const;
    FlowEndpoint loadBalancerEndpoint(int loadBalancer) const;

    // Filled by ResolveComponents.
    QList<NodeComponent> components;
    QList<QList<int>> componentsOfNode;                   // node index -> indices into components
    QHash<QString, QList<int>> nodesByComponent;          // "<catalog>/<component>" -> node indices, sorted
    QHash<QString, QList<ListenerRef>> listenersByTarget; // targetKey() -> listeners fronting it
    // A client use names a port by id, and looking it up must not scan the
    // node's (up to thousands of) ports. One flat array for every node (a
    // hash per node cost 10,000 hashes and 100,000 small lists at 10,000
    // nodes): each node's run is sorted by port id, and within one id in
    // component then port order.
    struct PortRef
    {
        const QString *id; // the catalog port's id (the catalog outlives the derivation)
        int component;     // index into components
        int port;          // index into that component's ports
    };
    std::vector<PortRef> portRefs;
    std::vector<qsizetype> portRefsStart; // node index -> first of its run; one more entry at the end
    // The ports of `node` whose catalog id is `portId`, in component then port order.
    std::span<const PortRef> portsNamed(int node, const QString &portId) const;
    static QString targetKey(const ElementId &node, const QString &component, const QString &port);

    // The load balancer hop of a listener towards a node's port.
    FlowHop loadBalancerHop(const ListenerRef &ref, const ResolvedPort &port, int node) const;
    // A flow for a catalog port: product, component and document filled in.
    Flow portFlow(const NodeComponent &component, const ResolvedPort &port) const;
    // Appends the port's flows from `source` to `destination`, one per
    // protocol of the port, in the port's protocol order.
    void addPortFlows(const NodeComponent &component, const ResolvedPort &port, const FlowEndpoint &source,
                      const FlowEndpoint &destination);

    // Output.
    FlowList flows;
    // Flow::key() of each flow, in the same order: left by SortFlows (the
    // last flow pass) for the rule sets, so no key is built twice.
    QStringList flowKeys;
    QList<LocalPort> localPorts;
    QList<RefusedUse> refused;
    // (node, component, port) keys that an explicit client use reached; the
    // admin fallback leaves those alone.
    QSet<QString> usedTargets;

private:
    QHash<ElementId, int> m_nodes;
    QHash<ElementId, int> m_loadBalancers;
    ZoneTree m_tree;
    QList<bool> m_zoneTrusted;
    QList<Provider> m_zoneProvider;
    QList<int> m_boundary;
    QList<CidrList> m_zoneCidrs;
    QList<FlowEndpoint> m_nodeEndpoints;
};

} // namespace portolan
