#include "referencechecker.h"

#include "catalog/componentinstance.h"

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
    for (const ElementId &id : project.allIds())
        if (kinds.contains(*project.kindOf(id)))
            ids.append(id);
    return ids;
}

} // namespace

void ReferenceChecker::declare(const ElementId &id, const YAML::Node &at)
{
    if (id.isEmpty())
        return;
    if (auto it = m_declared.constFind(id); it != m_declared.cend()) {
        m_c.error(at, tr("id '%1' is already used on line %2").arg(id).arg(it->line + 1),
                  tr("every element needs its own id"));
        return;
    }
    m_declared.insert(id, at.Mark());
}

void ReferenceChecker::expect(const ElementId &id, const YAML::Node &at, QList<ElementKind> kinds)
{
    if (!id.isEmpty())
        m_expected.append({id, at.Mark(), std::move(kinds)});
}

void ReferenceChecker::expectListenerTarget(const Listener &listener, const YAML::Node &componentAt,
                                            const YAML::Node &portAt)
{
    // A missing key is a zombie node whose Mark() throws; it was reported
    // as missing already, and an empty reference is never checked.
    auto markOf = [](const YAML::Node &n) { return n.IsDefined() ? n.Mark() : YAML::Mark::null_mark(); };
    m_listeners.append({listener, markOf(componentAt), markOf(portAt)});
}

void ReferenceChecker::expectClientUse(const ClientUse &use, const YAML::Node &portAt)
{
    if (!use.port.isEmpty())
        m_uses.append({use, portAt.Mark()});
}

void ReferenceChecker::check(const Project &project, const CatalogSet &catalogs)
{
    for (const Expected &e : std::as_const(m_expected)) {
        const auto kind = project.kindOf(e.id);
        if (!kind) {
            const QString suggestion = closestMatch(e.id, idsOfKinds(project, e.kinds));
            m_c.error(e.at, tr("unknown %1 '%2'").arg(kindsText(e.kinds), e.id),
                      suggestion.isEmpty() ? tr("define it first or fix the id") : tr("did you mean '%1'?").arg(suggestion));
        } else if (!e.kinds.contains(*kind)) {
            m_c.error(e.at, tr("'%1' is a %2, but a %3 is needed here").arg(e.id, elementKindName(*kind), kindsText(e.kinds)));
        }
    }

    for (const Zone &zone : project.zones) {
        // A parent chain longer than the zone count is a cycle.
        int steps = 0;
        for (const Zone *z = &zone; z && !z->parent.isEmpty(); z = project.zone(z->parent)) {
            if (++steps > project.zones.size()) {
                m_c.error(m_declared.value(zone.id), tr("zone '%1' is inside itself (its parents form a cycle)").arg(zone.id),
                          tr("fix the 'parent' of one of the zones"));
                break;
            }
        }
    }

    for (const NatLayer &nat : project.natLayers)
        if (!nat.inside.isEmpty() && nat.inside == nat.outside)
            m_c.error(m_declared.value(nat.id), tr("NAT layer '%1' has the same zone inside and outside").arg(nat.id));

    for (const ListenerRef &ref : std::as_const(m_listeners)) {
        const Node *node = project.node(ref.listener.targetNode);
        if (!node || ref.listener.targetComponent.isEmpty())
            continue; // already reported
        const auto use = std::find_if(node->components.cbegin(), node->components.cend(),
                                      [&](const ComponentUse &u) { return u.component == ref.listener.targetComponent; });
        if (use == node->components.cend()) {
            m_c.error(ref.componentAt, tr("node '%1' does not run '%2'").arg(node->id, ref.listener.targetComponent),
                      tr("add the component to the node or pick another target"));
            continue;
        }
        const ComponentDef *def = catalogs.component(use->component);
        if (def && !ref.listener.targetPort.isEmpty() && !def->port(ref.listener.targetPort)) {
            QStringList ports;
            for (const PortDef &p : def->ports)
                ports.append(p.id);
            const QString suggestion = closestMatch(ref.listener.targetPort, ports);
            m_c.error(ref.portAt, tr("'%1' has no port '%2'").arg(use->component, ref.listener.targetPort),
                      suggestion.isEmpty() ? tr("ports: %1").arg(ports.join(u", "_s)) : tr("did you mean '%1'?").arg(suggestion));
        }
    }

    for (const UseRef &ref : std::as_const(m_uses)) {
        QStringList ports;
        if (const Node *node = project.node(ref.use.target)) {
            for (const ComponentUse &use : node->components)
                if (const ComponentDef *def = catalogs.component(use.component))
                    for (const PortDef &p : def->ports)
                        ports.append(p.id);
        } else if (const LoadBalancer *lb = project.loadBalancer(ref.use.target)) {
            for (const Listener &l : lb->listeners)
                ports.append(l.targetPort);
        } else {
            continue; // unknown target, already reported
        }
        if (!ports.contains(ref.use.port)) {
            const QString suggestion = closestMatch(ref.use.port, ports);
            m_c.error(ref.portAt, tr("'%1' offers no port '%2'").arg(ref.use.target, ref.use.port),
                      suggestion.isEmpty() ? tr("ports: %1").arg(ports.isEmpty() ? tr("none") : ports.join(u", "_s))
                                           : tr("did you mean '%1'?").arg(suggestion));
        }
    }
}

} // namespace portolan
