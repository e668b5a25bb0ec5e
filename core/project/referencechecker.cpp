#include "referencechecker.h"

#include "catalog/componentinstance.h"

#include <QSet>

#include <type_traits>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

QString kindsText(const QList<ElementKind> &kinds)
{
    QStringList names;
    for (ElementKind k : kinds)
        names.append(elementKindName(k));
    return names.join(u" or "_s);
}

QStringList idsOfKinds(const Project &project, const QList<ElementKind> &kinds)
{
    QStringList ids;
    auto add = [&](const auto &list, ElementKind kind) {
        if (kinds.contains(kind))
            for (const auto &e : list)
                ids.append(e.id);
    };
    add(project.zones, ElementKind::Zone);
    add(project.nodes, ElementKind::Node);
    add(project.loadBalancers, ElementKind::LoadBalancer);
    add(project.natLayers, ElementKind::NatLayer);
    add(project.firewalls, ElementKind::Firewall);
    add(project.links, ElementKind::Link);
    add(project.clients, ElementKind::Client);
    return ids;
}

} // namespace

void ReferenceChecker::declare(const ElementId &id, const YamlNode &at)
{
    if (id.isEmpty())
        return;
    if (auto it = m_declared.constFind(id); it != m_declared.cend()) {
        m_c.error(at, tr("id '%1' is already used on line %2").arg(id).arg(it->line + 1),
                  tr("every element needs its own id"));
        return;
    }
    m_declared.insert(id, at.mark());
}

void ReferenceChecker::expect(const ElementId &id, const YamlNode &at, QList<ElementKind> kinds)
{
    if (!id.isEmpty())
        m_expected.append({id, at.mark(), std::move(kinds)});
}

void ReferenceChecker::expectListenerTarget(const Listener &listener, const YamlNode &componentAt,
                                            const YamlNode &portAt)
{
    // A missing key has no position (a null mark); it was reported as
    // missing already, and an empty reference is never checked.
    m_listeners.append({listener, componentAt.mark(), portAt.mark()});
}

void ReferenceChecker::expectClientUse(const ClientUse &use, const YamlNode &portAt)
{
    if (!use.port.isEmpty())
        m_uses.append({use, portAt.mark()});
}

void ReferenceChecker::check(const Project &project, const CatalogSet &catalogs)
{
    // Hash lookups throughout: a hostile file with 100,000 elements must not
    // make these checks quadratic (or cubic, with suggestions).
    QHash<ElementId, ElementKind> kindById;
    QHash<ElementId, const Zone *> zoneById;
    QHash<ElementId, const Node *> nodeById;
    QHash<ElementId, const LoadBalancer *> balancerById;
    auto index = [&](const auto &list, ElementKind kind, auto byId) {
        for (const auto &e : list) {
            if (!kindById.contains(e.id)) // the first declaration wins, as in Project::kindOf
                kindById.insert(e.id, kind);
            if constexpr (!std::is_same_v<decltype(byId), std::nullptr_t>)
                if (!byId->contains(e.id))
                    byId->insert(e.id, &e);
        }
    };
    index(project.zones, ElementKind::Zone, &zoneById);
    index(project.nodes, ElementKind::Node, &nodeById);
    index(project.loadBalancers, ElementKind::LoadBalancer, &balancerById);
    index(project.natLayers, ElementKind::NatLayer, nullptr);
    index(project.firewalls, ElementKind::Firewall, nullptr);
    index(project.links, ElementKind::Link, nullptr);
    index(project.clients, ElementKind::Client, nullptr);

    QHash<QString, QString> suggestions; // "<kinds>/<id>" -> closest id
    for (const Expected &e : std::as_const(m_expected)) {
        if (m_c.full())
            return;
        const auto kind = kindById.constFind(e.id);
        if (kind == kindById.cend()) {
            const QString memo = kindsText(e.kinds) + u'/' + e.id;
            if (!suggestions.contains(memo))
                suggestions.insert(memo, closestMatch(e.id, idsOfKinds(project, e.kinds)));
            const QString suggestion = suggestions.value(memo);
            m_c.error(e.at, tr("unknown %1 '%2'").arg(kindsText(e.kinds), e.id),
                      suggestion.isEmpty() ? tr("define it first or fix the id")
                                           : tr("did you mean '%1'?").arg(suggestion));
        } else if (!e.kinds.contains(*kind)) {
            m_c.error(e.at, tr("'%1' is a %2, but a %3 is needed here")
                                .arg(e.id, elementKindName(*kind), kindsText(e.kinds)));
        }
    }

    // A zone whose parent chain never reaches the top is inside itself. Each
    // chain is walked once: zones on a finished path share its outcome.
    enum class Walk
    {
        Unknown,
        InProgress,
        Ends,
        Loops
    };
    QHash<const Zone *, Walk> walked;
    for (const Zone &zone : project.zones) {
        QList<const Zone *> path;
        Walk outcome = Walk::Ends;
        for (const Zone *z = &zone; z;) {
            const Walk seen = walked.value(z, Walk::Unknown);
            if (seen == Walk::InProgress || seen == Walk::Loops) {
                outcome = Walk::Loops;
                break;
            }
            if (seen == Walk::Ends)
                break;
            walked.insert(z, Walk::InProgress);
            path.append(z);
            z = z->parent.isEmpty() ? nullptr : zoneById.value(z->parent);
        }
        for (const Zone *z : std::as_const(path))
            walked.insert(z, outcome);
        if (walked.value(&zone) == Walk::Loops)
            m_c.error(m_declared.value(zone.id),
                      tr("zone '%1' is inside itself (its parents form a cycle)").arg(zone.id),
                      tr("fix the 'parent' of one of the zones"));
    }

    for (const NatLayer &nat : project.natLayers)
        if (!nat.inside.isEmpty() && nat.inside == nat.outside)
            m_c.error(m_declared.value(nat.id),
                      tr("NAT layer '%1' has the same zone inside and outside").arg(nat.id));

    // A component's port ids, hashed once (ComponentDef::port scans).
    QHash<const ComponentDef *, QSet<QString>> portIdsOf;
    auto hasPort = [&](const ComponentDef *def, const QString &id) {
        auto found = portIdsOf.constFind(def);
        if (found == portIdsOf.cend()) {
            QSet<QString> ids;
            for (const PortDef &p : def->ports)
                ids.insert(p.id);
            found = portIdsOf.insert(def, std::move(ids));
        }
        return found->contains(id);
    };
    for (const ListenerRef &ref : std::as_const(m_listeners)) {
        if (m_c.full())
            return;
        const Node *node = nodeById.value(ref.listener.targetNode);
        if (!node || ref.listener.targetComponent.isEmpty())
            continue; // already reported
        const auto use =
            std::find_if(node->components.cbegin(), node->components.cend(),
                         [&](const ComponentUse &u) { return u.component == ref.listener.targetComponent; });
        if (use == node->components.cend()) {
            m_c.error(ref.componentAt,
                      tr("node '%1' does not run '%2'").arg(node->id, ref.listener.targetComponent),
                      tr("add the component to the node or pick another target"));
            continue;
        }
        const ComponentDef *def = catalogs.component(use->component);
        if (def && !ref.listener.targetPort.isEmpty() && !hasPort(def, ref.listener.targetPort)) {
            QStringList ports;
            for (const PortDef &p : def->ports)
                ports.append(p.id);
            const QString suggestion = closestMatch(ref.listener.targetPort, ports);
            m_c.error(ref.portAt, tr("'%1' has no port '%2'").arg(use->component, ref.listener.targetPort),
                      suggestion.isEmpty() ? tr("ports: %1").arg(ports.join(u", "_s))
                                           : tr("did you mean '%1'?").arg(suggestion));
        }
    }

    // The ports each use target offers, listed once per target (a host
    // policy has thousands of uses of one node with thousands of ports).
    struct TargetPorts
    {
        QStringList list; // in catalog order, for the hint
        QSet<QString> ids;
    };
    QHash<ElementId, TargetPorts> portsByTarget;
    for (const UseRef &ref : std::as_const(m_uses)) {
        if (m_c.full())
            return;
        auto known = portsByTarget.constFind(ref.use.target);
        if (known == portsByTarget.cend()) {
            TargetPorts ports;
            if (const Node *node = nodeById.value(ref.use.target)) {
                for (const ComponentUse &use : node->components)
                    if (const ComponentDef *def = catalogs.component(use.component))
                        for (const PortDef &p : def->ports)
                            ports.list.append(p.id);
            } else if (const LoadBalancer *lb = balancerById.value(ref.use.target)) {
                for (const Listener &l : lb->listeners)
                    ports.list.append(l.targetPort);
            } else {
                continue; // unknown target, already reported
            }
            ports.ids = QSet<QString>(ports.list.cbegin(), ports.list.cend());
            known = portsByTarget.insert(ref.use.target, std::move(ports));
        }
        if (!known->ids.contains(ref.use.port)) {
            const QStringList &ports = known->list;
            const QString suggestion = closestMatch(ref.use.port, ports);
            m_c.error(ref.portAt, tr("'%1' offers no port '%2'").arg(ref.use.target, ref.use.port),
                      suggestion.isEmpty()
                          ? tr("ports: %1").arg(ports.isEmpty() ? tr("none") : ports.join(u", "_s))
                          : tr("did you mean '%1'?").arg(suggestion));
        }
    }
}

} // namespace portolan
