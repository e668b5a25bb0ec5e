#include "reviewcontext.h"

using namespace Qt::StringLiterals;

namespace portolan {

ReviewContext::ReviewContext(const Project &project, const CatalogSet &catalogs, const DerivedPlan &plan)
    : m_project(project), m_catalogs(catalogs), m_plan(plan), m_topology(project)
{
    for (const Node &node : project.nodes)
        for (const ComponentUse &use : node.components)
            if (auto instance = ComponentInstance::make(catalogs, use))
                m_components.append({&node, *instance});
}

QList<ReviewedComponent> ReviewContext::componentsOf(const Node &node) const
{
    QList<ReviewedComponent> result;
    for (const ReviewedComponent &c : m_components)
        if (c.node == &node)
            result.append(c);
    return result;
}

QList<const Node *> ReviewContext::peersOf(const Node &node, const ComponentUse &use) const
{
    QList<const Node *> peers;
    for (const ReviewedComponent &c : m_components) {
        if (c.node == &node || c.instance.use().component != use.component || c.instance.use().cluster != use.cluster)
            continue;
        if (!peers.contains(c.node))
            peers.append(c.node);
    }
    return peers;
}

QString ReviewContext::label(const ElementId &id) const
{
    QString name;
    if (const Node *n = m_project.node(id))
        name = n->name;
    else if (const Zone *z = m_project.zone(id))
        name = z->name;
    else if (const NatLayer *nat = m_project.natLayer(id))
        name = nat->name;
    else if (const LoadBalancer *lb = m_project.loadBalancer(id))
        name = lb->name;
    else if (const Firewall *fw = m_project.firewall(id))
        name = fw->name;
    else if (const Client *c = m_project.client(id))
        name = c->name;
    else if (const Link *l = m_project.link(id))
        name = l->name;
    return name.isEmpty() || name == id ? id : name + u" ("_s + id + u')';
}

} // namespace portolan
