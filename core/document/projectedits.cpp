#include "projectedits.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

// Calls `f` with a mutable reference to the element with `id`, if any.
template <typename P, typename F> bool withElement(P &p, const ElementId &id, F &&f)
{
    auto visitList = [&](auto &list) {
        for (auto &e : list) {
            if (e.id == id) {
                f(e);
                return true;
            }
        }
        return false;
    };
    return visitList(p.zones) || visitList(p.nodes) || visitList(p.loadBalancers) || visitList(p.natLayers) ||
           visitList(p.firewalls) || visitList(p.links) || visitList(p.clients);
}

template <typename T> constexpr bool hasPlacement = !std::is_same_v<T, Link>;

} // namespace

ElementId ProjectEdits::uniqueId(const Project &project, const QString &base)
{
    const QStringList ids = project.allIds();
    const QSet<QString> taken(ids.cbegin(), ids.cend());
    if (!taken.contains(base))
        return base;
    for (int i = 2;; ++i) {
        const QString candidate = base + u'-' + QString::number(i);
        if (!taken.contains(candidate))
            return candidate;
    }
}

ElementId ProjectEdits::container(const Project &p, const ElementId &id)
{
    if (auto z = p.zone(id))
        return z->parent;
    if (auto n = p.node(id))
        return n->zone;
    if (auto lb = p.loadBalancer(id))
        return lb->zone;
    if (auto c = p.client(id))
        return c->zone;
    if (auto nat = p.natLayer(id))
        return nat->outside;
    if (auto fw = p.firewall(id))
        return fw->outside;
    return {};
}

QStringList ProjectEdits::contents(const Project &p, const ElementId &zone)
{
    QStringList out;
    for (const ElementId &id : p.allIds()) {
        if (id == zone || p.link(id))
            continue;
        // Walk up the containers; a cycle cannot happen (the reader and
        // reparent() refuse them) but the bound keeps a bad file harmless.
        ElementId up = container(p, id);
        for (int depth = 0; !up.isEmpty() && depth < 64; ++depth) {
            if (up == zone) {
                out.append(id);
                break;
            }
            up = p.zone(up) ? p.zone(up)->parent : ElementId();
        }
    }
    return out;
}

QStringList ProjectEdits::removalClosure(const Project &p, const QStringList &ids)
{
    QSet<ElementId> gone(ids.cbegin(), ids.cend());
    for (const ElementId &id : ids)
        if (p.zone(id))
            for (const ElementId &inner : contents(p, id))
                gone.insert(inner);
    for (const Link &l : p.links)
        if (gone.contains(l.a) || gone.contains(l.b))
            gone.insert(l.id);
    for (const NatLayer &n : p.natLayers)
        if (gone.contains(n.inside) || gone.contains(n.outside))
            gone.insert(n.id);
    for (const Firewall &f : p.firewalls) {
        const bool allInsideGone =
            !f.inside.isEmpty() && std::all_of(f.inside.cbegin(), f.inside.cend(),
                                               [&](const ElementId &z) { return gone.contains(z); });
        if (gone.contains(f.outside) || allInsideGone)
            gone.insert(f.id);
    }
    QStringList out;
    for (const ElementId &id : p.allIds())
        if (gone.contains(id))
            out.append(id);
    return out;
}

QStringList ProjectEdits::remove(Project &p, const QStringList &ids, QStringList *changed)
{
    const QStringList removed = removalClosure(p, ids);
    const QSet<ElementId> gone(removed.cbegin(), removed.cend());
    auto drop = [&](auto &list) { list.removeIf([&](const auto &e) { return gone.contains(e.id); }); };
    drop(p.zones);
    drop(p.nodes);
    drop(p.loadBalancers);
    drop(p.natLayers);
    drop(p.firewalls);
    drop(p.links);
    drop(p.clients);
    for (LoadBalancer &lb : p.loadBalancers)
        if (lb.listeners.removeIf([&](const Listener &l) { return gone.contains(l.targetNode); }) && changed)
            changed->append(lb.id);
    for (Client &c : p.clients)
        if (c.uses.removeIf([&](const ClientUse &u) { return gone.contains(u.target); }) && changed)
            changed->append(c.id);
    for (Firewall &f : p.firewalls)
        if (f.inside.removeIf([&](const ElementId &z) { return gone.contains(z); }) && changed)
            changed->append(f.id);
    return removed;
}

std::optional<QPointF> ProjectEdits::position(const Project &p, const ElementId &id)
{
    std::optional<QPointF> out;
    withElement(p, id, [&](const auto &e) {
        if constexpr (hasPlacement<std::decay_t<decltype(e)>>)
            out = e.placement.position;
    });
    return out;
}

void ProjectEdits::setPosition(Project &p, const ElementId &id, const QPointF &position)
{
    withElement(p, id, [&](auto &e) {
        if constexpr (hasPlacement<std::decay_t<decltype(e)>>)
            e.placement.position = position;
    });
}

QStringList ProjectEdits::move(Project &p, const QHash<ElementId, QPointF> &newPositions)
{
    // Offsets are taken from the project before any change, so moving a zone
    // together with something inside it does not move that twice.
    const Project before = p;
    QHash<ElementId, QPointF> target;
    for (auto it = newPositions.cbegin(); it != newPositions.cend(); ++it) {
        const QPointF old = position(before, it.key()).value_or(it.value());
        target.insert(it.key(), it.value());
        if (!before.zone(it.key()))
            continue;
        const QPointF delta = it.value() - old;
        for (const ElementId &inner : contents(before, it.key()))
            if (!newPositions.contains(inner))
                if (auto pos = position(before, inner))
                    target.insert(inner, *pos + delta);
    }
    QStringList moved;
    for (const ElementId &id : before.allIds()) {
        if (!target.contains(id) || position(before, id) == target.value(id))
            continue;
        setPosition(p, id, target.value(id));
        moved.append(id);
    }
    return moved;
}

bool ProjectEdits::resizeZone(Project &p, const ElementId &zone, const QSizeF &size)
{
    Zone *z = p.zone(zone);
    if (!z || size.isEmpty())
        return false;
    z->placement.size = size;
    return true;
}

bool ProjectEdits::reparent(Project &p, const ElementId &id, const ElementId &zone, QString *error)
{
    if (!zone.isEmpty() && !p.zone(zone)) {
        *error = tr("'%1' is not a zone").arg(zone);
        return false;
    }
    if (Zone *z = p.zone(id)) {
        if (zone == id || contents(p, id).contains(zone)) {
            *error = tr("a zone cannot be moved into itself or into a zone inside it");
            return false;
        }
        z->parent = zone;
        return true;
    }
    if (zone.isEmpty()) {
        *error = tr("only zones can be at the top level");
        return false;
    }
    return withElement(p, id, [&](auto &e) {
        using T = std::decay_t<decltype(e)>;
        if constexpr (std::is_same_v<T, Node> || std::is_same_v<T, LoadBalancer> || std::is_same_v<T, Client>)
            e.zone = zone;
        else if constexpr (std::is_same_v<T, NatLayer> || std::is_same_v<T, Firewall>)
            e.outside = zone;
    });
}

bool ProjectEdits::isValidId(const QString &id)
{
    static const QRegularExpression re(u"^[A-Za-z0-9][A-Za-z0-9_.-]*$"_s);
    return re.match(id).hasMatch();
}

bool ProjectEdits::renameId(Project &p, const ElementId &from, const ElementId &to, QStringList *changed,
                            QString *error)
{
    if (!isValidId(to)) {
        *error = tr("an id starts with a letter or digit and holds only letters, digits, '-', '_' and '.'");
        return false;
    }
    if (from == to)
        return true;
    if (p.kindOf(to)) {
        *error = tr("the id '%1' is already used").arg(to);
        return false;
    }
    if (!withElement(p, from, [&](auto &e) { e.id = to; })) {
        *error = tr("no element has the id '%1'").arg(from);
        return false;
    }
    auto fix = [&](ElementId &ref, const ElementId &owner) {
        if (ref != from)
            return;
        ref = to;
        if (changed && !changed->contains(owner))
            changed->append(owner);
    };
    for (Zone &z : p.zones)
        fix(z.parent, z.id);
    for (Node &n : p.nodes)
        fix(n.zone, n.id);
    for (LoadBalancer &lb : p.loadBalancers) {
        fix(lb.zone, lb.id);
        for (Listener &l : lb.listeners)
            fix(l.targetNode, lb.id);
    }
    for (NatLayer &n : p.natLayers) {
        fix(n.inside, n.id);
        fix(n.outside, n.id);
    }
    for (Firewall &f : p.firewalls) {
        fix(f.outside, f.id);
        for (ElementId &z : f.inside)
            fix(z, f.id);
    }
    for (Link &l : p.links) {
        fix(l.a, l.id);
        fix(l.b, l.id);
    }
    for (Client &c : p.clients) {
        fix(c.zone, c.id);
        for (ClientUse &u : c.uses)
            fix(u.target, c.id);
    }
    return true;
}

} // namespace portolan
