#include "zonegrowth.h"

#include "document/projectedits.h"

namespace portolan {

QRectF ZoneGrowth::holding(const QRectF &zone, const QRectF &child)
{
    QRectF r = zone;
    r.setLeft(std::min(r.left(), child.left() - Margin));
    r.setTop(std::min(r.top(), child.top() - TitleRoom));
    r.setRight(std::max(r.right(), child.right() + Margin));
    r.setBottom(std::max(r.bottom(), child.bottom() + Margin));
    return r;
}

QHash<ElementId, QRectF> ZoneGrowth::grow(const Project &project, const QHash<ElementId, QRectF> &edited,
                                          const QHash<ElementId, ElementId> &containers,
                                          const std::function<QRectF(const ElementId &)> &rectOf)
{
    QHash<ElementId, QRectF> grown;
    auto rect = [&](const ElementId &id) {
        if (auto it = grown.constFind(id); it != grown.cend())
            return *it;
        if (auto it = edited.constFind(id); it != edited.cend())
            return *it;
        return rectOf(id);
    };
    auto containerOf = [&](const ElementId &id) {
        return containers.contains(id) ? containers.value(id) : ProjectEdits::container(project, id);
    };
    // In id order, so the same edit always gives the same resizes.
    QStringList ids = edited.keys();
    ids.sort();
    for (const ElementId &id : std::as_const(ids)) {
        // NAT layers and firewalls stand on a zone's border on purpose.
        if (project.natLayer(id) || project.firewall(id) || project.link(id))
            continue;
        ElementId child = id;
        for (ElementId zone = containerOf(child); !zone.isEmpty() && project.zone(zone);
             zone = containerOf(zone)) {
            // A zone that is itself being moved is where the edit puts it.
            const QRectF now = rect(zone);
            const QRectF needed = holding(now, rect(child));
            if (needed == now || now.isEmpty())
                break;
            grown.insert(zone, needed);
            child = zone;
        }
    }
    return grown;
}

} // namespace portolan
