#include "connections.h"

#include "catalog/componentinstance.h"
#include "projectedits.h"

using namespace Qt::StringLiterals;

namespace portolan {

Connections::Kind Connections::kind(const Project &p, const ElementId &from, const ElementId &to)
{
    if (from == to)
        return Kind::None;
    if (p.zone(from) && p.zone(to))
        return Kind::Link;
    if (p.client(from) && (p.node(to) || p.loadBalancer(to)))
        return Kind::ClientUse;
    if (p.loadBalancer(from) && p.node(to))
        return Kind::ListenerTarget;
    return Kind::None;
}

// The first enabled client-facing port of any component on the node.
std::optional<Listener> Connections::defaultListener(const Node &node, const CatalogSet &catalogs)
{
    for (const ComponentUse &use : node.components) {
        auto instance = ComponentInstance::make(catalogs, use);
        if (!instance)
            continue;
        for (const ResolvedPort &port : instance->ports()) {
            if (port.def->audience != Audience::Clients || port.protocols.isEmpty() || !port.range.isSingle())
                continue;
            Listener l;
            l.protocol = port.protocols.first();
            l.port = port.range.from;
            l.tls = TlsMode::Passthrough;
            l.targetNode = node.id;
            l.targetComponent = use.component;
            l.targetPort = port.def->id;
            return l;
        }
    }
    return std::nullopt;
}

bool Connections::connect(Project &p, const CatalogSet &catalogs, const ElementId &from, const ElementId &to,
                          ElementId *touched, bool *added, QString *error)
{
    *added = false;
    switch (kind(p, from, to)) {
    case Kind::None:
        *error = tr("'%1' cannot be connected to '%2'").arg(from, to);
        return false;
    case Kind::Link: {
        for (const Link &l : p.links) {
            if ((l.a == from && l.b == to) || (l.a == to && l.b == from)) {
                *error = tr("'%1' and '%2' are already linked").arg(from, to);
                return false;
            }
        }
        Link link;
        link.id = ProjectEdits::uniqueId(p, from + u"-"_s + to);
        link.kind = LinkKind::Vpn;
        link.a = from;
        link.b = to;
        p.links.append(link);
        *touched = link.id;
        *added = true;
        return true;
    }
    case Kind::ClientUse: {
        Client *client = nullptr;
        for (Client &c : p.clients)
            if (c.id == from)
                client = &c;
        for (const ClientUse &u : client->uses) {
            if (u.target == to) {
                *error = tr("'%1' already uses '%2'").arg(from, to);
                return false;
            }
        }
        client->uses.append(ClientUse{to, QString()});
        *touched = from;
        return true;
    }
    case Kind::ListenerTarget: {
        LoadBalancer *lb = nullptr;
        for (LoadBalancer &l : p.loadBalancers)
            if (l.id == from)
                lb = &l;
        auto listener = defaultListener(*p.node(to), catalogs);
        if (!listener) {
            *error = tr("'%1' runs no component with a client port to forward to").arg(to);
            return false;
        }
        for (const Listener &l : lb->listeners) {
            if (l.targetNode == to && l.targetPort == listener->targetPort) {
                *error = tr("'%1' already forwards to '%2'").arg(from, to);
                return false;
            }
        }
        lb->listeners.append(*listener);
        *touched = from;
        return true;
    }
    }
    return false;
}

bool Connections::disconnect(Project &p, const ElementId &owner, const ElementId &to, int index,
                             bool *removedLink, QString *error)
{
    *removedLink = false;
    if (const Link *l = p.link(owner)) {
        if (l->a != to && l->b != to) {
            *error = tr("%1 does not link to %2.").arg(owner, to);
            return false;
        }
        QStringList changed;
        ProjectEdits::remove(p, {owner}, &changed);
        *removedLink = true;
        return true;
    }
    if (const LoadBalancer *lb = p.loadBalancer(owner)) {
        if (index < 0 || index >= lb->listeners.size() || lb->listeners[index].targetNode != to) {
            *error = tr("%1 has no such listener to %2.").arg(owner, to);
            return false;
        }
        for (LoadBalancer &edited : p.loadBalancers)
            if (edited.id == owner)
                edited.listeners.removeAt(index);
        return true;
    }
    if (const Client *c = p.client(owner)) {
        if (index < 0 || index >= c->uses.size() || c->uses[index].target != to) {
            *error = tr("%1 does not use %2.").arg(owner, to);
            return false;
        }
        for (Client &edited : p.clients)
            if (edited.id == owner)
                edited.uses.removeAt(index);
        return true;
    }
    *error = tr("%1 has no connections to remove.").arg(owner);
    return false;
}

} // namespace portolan
