#include "reviewcontext.h"
#include "natanalysis.h"

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

template <typename T> void indexFirst(QHash<ElementId, const T *> *index, const QList<T> &elements)
{
    for (const T &e : elements)
        if (!index->contains(e.id))
            index->insert(e.id, &e);
}

} // namespace

ReviewContext::ReviewContext(const Project &project, const CatalogSet &catalogs, const Derivation &derivation)
    : m_project(project), m_catalogs(catalogs), m_derivation(derivation), m_topology(project)
{
    for (const Zone &zone : project.zones)
        m_zones.insert(zone.id, &zone);
    for (const Node &node : project.nodes) {
        m_nodes.insert(node.id, &node);
        for (const ComponentUse &use : node.components) {
            if (auto instance = ComponentInstance::make(catalogs, use)) {
                m_componentsOfNode[node.id].append(m_components.size());
                m_components.append({&node, *instance, instance->ports()});
                m_componentDefs.insert(use.component, &instance->def());
                QList<const Node *> &members = m_clusters[use.component + u'\n' + use.cluster];
                if (members.isEmpty() || members.last() != &node)
                    members.append(&node);
            }
        }
    }
    indexFirst(&m_loadBalancers, project.loadBalancers);
    indexFirst(&m_natLayers, project.natLayers);
    indexFirst(&m_firewalls, project.firewalls);
    indexFirst(&m_clients, project.clients);
    indexFirst(&m_links, project.links);
    for (const LoadBalancer &lb : project.loadBalancers) {
        for (const Listener &l : lb.listeners) {
            QList<const LoadBalancer *> &lbs = m_lbTargets[l.targetNode];
            if (lbs.isEmpty() || lbs.last() != &lb)
                lbs.append(&lb);
        }
    }
    for (const Client &client : project.clients) {
        for (const ClientUse &use : client.uses) {
            QList<const Client *> &clients = m_clientUses[use.target];
            if (clients.isEmpty() || clients.last() != &client)
                clients.append(&client);
        }
    }
}

const ComponentDef *ReviewContext::componentDef(const QString &reference) const
{
    const auto it = m_componentDefs.constFind(reference);
    return it != m_componentDefs.cend() ? *it : m_catalogs.component(reference);
}

const QList<const LoadBalancer *> &ReviewContext::loadBalancersTargeting(const ElementId &node) const
{
    static const QList<const LoadBalancer *> none;
    const auto it = m_lbTargets.constFind(node);
    return it == m_lbTargets.cend() ? none : *it;
}

const QList<const Client *> &ReviewContext::clientsUsing(const ElementId &target) const
{
    static const QList<const Client *> none;
    const auto it = m_clientUses.constFind(target);
    return it == m_clientUses.cend() ? none : *it;
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

const QList<const Node *> &ReviewContext::clusterOf(const ComponentUse &use) const
{
    static const QList<const Node *> none;
    const auto it = m_clusters.constFind(use.component + u'\n' + use.cluster);
    return it == m_clusters.cend() ? none : *it;
}

const QList<NatAnalysis> &ReviewContext::natAnalyses() const
{
    std::call_once(m_natOnce, [this] {
        m_natAnalyses = std::make_unique<QList<NatAnalysis>>(NatAnalyzer::compute(*this));
    });
    return *m_natAnalyses;
}

QString ReviewContext::label(const ElementId &id) const
{
    QString name;
    if (const Node *n = node(id))
        name = n->name;
    else if (const Zone *z = zone(id))
        name = z->name;
    else if (const NatLayer *nat = natLayer(id))
        name = nat->name;
    else if (const LoadBalancer *lb = loadBalancer(id))
        name = lb->name;
    else if (const Firewall *fw = firewall(id))
        name = fw->name;
    else if (const Client *c = client(id))
        name = c->name;
    else if (const Link *l = m_links.value(id))
        name = l->name;
    return name.isEmpty() || name == id ? id : name + u" ("_s + id + u')';
}

} // namespace portolan
