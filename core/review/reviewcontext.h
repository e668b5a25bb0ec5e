#pragma once

#include "topology.h"

#include "catalog/catalogset.h"
#include "catalog/componentinstance.h"
#include "derive/ruleset.h"
#include "model/project.h"

namespace portolan {

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

private:
    const Project &m_project;
    const CatalogSet &m_catalogs;
    const DerivedPlan &m_plan;
    Topology m_topology;
    QList<ReviewedComponent> m_components;
};

} // namespace portolan
