#include "elementclipboard.h"

#include "document/projectedits.h"

#include <QSet>

namespace portolan {

QList<AnyElement> ElementClipboard::copy(const Project &project, const QStringList &ids)
{
    QSet<ElementId> wanted(ids.cbegin(), ids.cend());
    for (const ElementId &id : ids)
        if (project.zone(id))
            for (const ElementId &inner : ProjectEdits::contents(project, id))
                wanted.insert(inner);
    QList<AnyElement> out;
    for (const ElementId &id : project.allIds())
        if (wanted.contains(id))
            out.append(*elementOf(project, id));
    return out;
}

QList<AnyElement> ElementClipboard::prepareForPaste(const Project &project, QList<AnyElement> elements,
                                                    const QPointF &offset)
{
    QSet<ElementId> pasted;
    for (const AnyElement &e : elements)
        pasted.insert(idOf(e));
    auto known = [&](const ElementId &id) { return pasted.contains(id) || project.kindOf(id).has_value(); };
    QList<AnyElement> out;
    for (AnyElement e : elements) {
        bool keep = true;
        std::visit(
            [&](auto &x) {
                using T = std::decay_t<decltype(x)>;
                if constexpr (!std::is_same_v<T, Link>) {
                    if (x.placement.position)
                        x.placement.position = *x.placement.position + offset;
                }
                if constexpr (std::is_same_v<T, Zone>) {
                    if (!known(x.parent))
                        x.parent.clear();
                } else if constexpr (std::is_same_v<T, Node> || std::is_same_v<T, Client>) {
                    keep = known(x.zone);
                } else if constexpr (std::is_same_v<T, LoadBalancer>) {
                    keep = known(x.zone);
                    x.listeners.removeIf([&](const Listener &l) { return !known(l.targetNode); });
                } else if constexpr (std::is_same_v<T, Link>) {
                    keep = known(x.a) && known(x.b);
                } else if constexpr (std::is_same_v<T, NatLayer>) {
                    keep = known(x.inside) && known(x.outside);
                } else if constexpr (std::is_same_v<T, Firewall>) {
                    keep = known(x.outside);
                }
                if constexpr (std::is_same_v<T, Client>)
                    x.uses.removeIf([&](const ClientUse &u) { return !known(u.target); });
            },
            e);
        if (keep)
            out.append(e);
    }
    return out;
}

} // namespace portolan
