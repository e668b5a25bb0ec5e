#pragma once

#include "topology.h"

#include "catalog/catalogset.h"
#include "catalog/componentinstance.h"
#include "derive/ruleset.h"
#include "model/project.h"

#include <QHash>

#include <memory>
#include <mutex>

namespace portolan {

struct NatAnalysis;

// One component running on one node, as the checks see it.
struct ReviewedComponent
{
    const Node *node = nullptr;
    ComponentInstance instance;
    // instance.ports(), resolved once: six checks walk them, and resolving
    // parses listen settings and addresses.
    QList<ResolvedPort> ports;
};

// Everything a check reads: the project, its catalogs, what derivation made
// of them, and the topology questions. All referenced data must outlive it.
class ReviewContext
{
public:
    ReviewContext(const Project &project, const CatalogSet &catalogs, const Derivation &derivation);
    ~ReviewContext();
    // NAT analyses point into the context: it stays where it was made.
    ReviewContext(const ReviewContext &) = delete;
    ReviewContext &operator=(const ReviewContext &) = delete;

    const Project &project() const { return m_project; }
    const CatalogSet &catalogs() const { return m_catalogs; }
    const Derivation &derivation() const { return m_derivation; }
    const Topology &topology() const { return m_topology; }

    // Every known component on every node, in project order.
    const QList<ReviewedComponent> &components() const { return m_components; }
    QList<ReviewedComponent> componentsOf(const Node &node) const;
    // Every node running the component in the cluster, each once, in project order.
    const QList<const Node *> &clusterOf(const ComponentUse &use) const;
    // "Kong B (kong-b)", or the id alone when the element has no name.
    QString label(const ElementId &id) const;
    // Hashed lookups: Project's own finders scan, and checks ask per flow.
    const Node *node(const ElementId &id) const { return m_nodes.value(id); }
    const Zone *zone(const ElementId &id) const { return m_zones.value(id); }
    const LoadBalancer *loadBalancer(const ElementId &id) const { return m_loadBalancers.value(id); }
    const NatLayer *natLayer(const ElementId &id) const { return m_natLayers.value(id); }
    const Firewall *firewall(const ElementId &id) const { return m_firewalls.value(id); }
    const Client *client(const ElementId &id) const { return m_clients.value(id); }
    // CatalogSet::component by reference ("kong/gateway"), hashed for the
    // components the project uses: checks ask for every flow.
    const ComponentDef *componentDef(const QString &reference) const;
    // Load balancers with a listener targeting `node`, and clients using
    // `target`, in project order (each once).
    const QList<const LoadBalancer *> &loadBalancersTargeting(const ElementId &node) const;
    const QList<const Client *> &clientsUsing(const ElementId &target) const;
    // NatAnalyzer's result for this context, computed on first use: seven
    // NAT checks and the settings proposal all read it.
    const QList<NatAnalysis> &natAnalyses() const;

private:
    const Project &m_project;
    const CatalogSet &m_catalogs;
    const Derivation &m_derivation;
    Topology m_topology;
    QList<ReviewedComponent> m_components;
    QHash<ElementId, const Node *> m_nodes;
    QHash<ElementId, const Zone *> m_zones;
    QHash<ElementId, const LoadBalancer *> m_loadBalancers; // first of an id, as Project's finders
    QHash<ElementId, const NatLayer *> m_natLayers;
    QHash<ElementId, const Firewall *> m_firewalls;
    QHash<ElementId, const Client *> m_clients;
    QHash<ElementId, const Link *> m_links;
    QHash<QString, const ComponentDef *> m_componentDefs;
    QHash<ElementId, QList<const LoadBalancer *>> m_lbTargets; // node -> load balancers
    QHash<ElementId, QList<const Client *>> m_clientUses;      // node or load balancer -> clients
    QHash<ElementId, QList<qsizetype>> m_componentsOfNode;     // node -> indexes into m_components
    QHash<QString, QList<const Node *>> m_clusters; // "component\ncluster" -> members, project order
    mutable std::once_flag m_natOnce;
    mutable std::unique_ptr<QList<NatAnalysis>> m_natAnalyses;
};

} // namespace portolan
