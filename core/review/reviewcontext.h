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
};

// Everything a check reads: the project, its catalogs, what derivation made
// of them, and the topology questions. All referenced data must outlive it.
class ReviewContext
{
public:
    ReviewContext(const Project &project, const CatalogSet &catalogs, const DerivedPlan &plan);
    ~ReviewContext();
    // NAT analyses point into the context: it stays where it was made.
    ReviewContext(const ReviewContext &) = delete;
    ReviewContext &operator=(const ReviewContext &) = delete;

    const Project &project() const { return m_project; }
    const CatalogSet &catalogs() const { return m_catalogs; }
    const DerivedPlan &plan() const { return m_plan; }
    const Topology &topology() const { return m_topology; }

    // Every known component on every node, in project order.
    const QList<ReviewedComponent> &components() const { return m_components; }
    QList<ReviewedComponent> componentsOf(const Node &node) const;
    // Nodes running the same component in the same cluster, `node` itself excluded.
    QList<const Node *> peersOf(const Node &node, const ComponentUse &use) const;
    // "Kong B (kong-b)", or the id alone when the element has no name.
    QString label(const ElementId &id) const;
    // Hashed lookups: Project's own finders scan, and checks ask per flow.
    const Node *node(const ElementId &id) const { return m_nodes.value(id); }
    const Zone *zone(const ElementId &id) const { return m_zones.value(id); }
    // NatAnalyzer's result for this context, computed on first use: seven
    // NAT checks and the settings proposal all read it.
    const QList<NatAnalysis> &natAnalyses() const;

private:
    const Project &m_project;
    const CatalogSet &m_catalogs;
    const DerivedPlan &m_plan;
    Topology m_topology;
    QList<ReviewedComponent> m_components;
    QHash<ElementId, const Node *> m_nodes;
    QHash<ElementId, const Zone *> m_zones;
    QHash<ElementId, QList<qsizetype>> m_componentsOfNode; // node -> indexes into m_components
    QHash<QString, QList<const Node *>> m_clusters;         // "component\ncluster" -> members, project order
    mutable std::once_flag m_natOnce;
    mutable std::unique_ptr<QList<NatAnalysis>> m_natAnalyses;
};

} // namespace portolan
