#include "reviewcontext.h"
#include "natanalysis.h"

using namespace Qt::StringLiterals;

namespace portolan {

ReviewContext::ReviewContext(const Project &project, const CatalogSet &catalogs, const DerivedPlan &plan)
    : m_project(project), m_catalogs(catalogs), m_plan(plan), m_topology(project)
{
    for (const Zone &zone : project.zones)
        m_zones.insert(zone.id, &zone);
    for (const Node &node : project.nodes) {
        m_nodes.insert(node.id, &node);
        for (const ComponentUse &use : node.components) {
            if (auto instance = ComponentInstance::make(catalogs, use)) {
                m_componentsOfNode[node.id].append(m_components.size());
                m_components.append({&node, *instance});
                QList<const Node *> &members = m_clusters[use.component + u'\n' + use.cluster];
                if (members.isEmpty() || members.last() != &node)
                    members.append(&node);
            }
        }
    }
}

ReviewContext::~ReviewContext() = default;

QList<ReviewedComponent> ReviewContext::componentsOf(const Node &node) const
{
    QList<ReviewedComponent> result;
    for (qsizetype i : m_componentsOfNode.value(node.id))
        if (m_components.at(i).node == &node)
            result.append(m_components.at(i));
    return result;
}

QList<const Node *> ReviewContext::peersOf(const Node &node, const ComponentUse &use) const
{
    // Indexed by component and cluster: asking for every member of a large
    // cluster was quadratic in the number of components.
    QList<const Node *> peers;
    for (const Node *member : m_clusters.value(use.component + u'\n' + use.cluster))
        if (member != &node) // members are unique: the constructor adds each node once
            peers.append(member);
    return peers;
}

const QList<NatAnalysis> &ReviewContext::natAnalyses() const
{
    std::call_once(m_natOnce, [this] { m_natAnalyses = std::make_unique<QList<NatAnalysis>>(NatAnalyzer::compute(*this)); });
    return *m_natAnalyses;
}

QString ReviewContext::label(const ElementId &id) const
{
    QString name;
    if (const Node *n = node(id))
        name = n->name;
    else if (const Zone *z = zone(id))
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
