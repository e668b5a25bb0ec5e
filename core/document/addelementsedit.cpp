#include "addelementsedit.h"

#include "document.h"
#include "projectedits.h"

namespace portolan {

AddElementsEdit::AddElementsEdit(Document *document, QList<AnyElement> elements)
    : DocumentEdit(document, tr("Add %n element(s)", nullptr, int(elements.size())))
{
    // First choose every fresh id, then add, then point references among the
    // new elements at the new ids (a pasted node keeps its pasted zone).
    Project after = m_before;
    QHash<ElementId, ElementId> renamed;
    for (AnyElement &e : elements) {
        const ElementId wanted = idOf(e);
        const ElementId id = ProjectEdits::uniqueId(
            after, ProjectEdits::isValidId(wanted) ? wanted : QStringLiteral("element"));
        setIdOf(e, id);
        appendElement(after, e);
        if (id != wanted)
            renamed.insert(wanted, id);
    }
    ElementChange change;
    for (const AnyElement &e : elements)
        change.added.append(idOf(e));
    for (auto it = renamed.cbegin(); it != renamed.cend(); ++it) {
        // Only references inside the added elements follow the new ids;
        // the rest of the project still means the original elements.
        for (const ElementId &id : std::as_const(change.added)) {
            auto fix = [&](ElementId &ref) {
                if (ref == it.key())
                    ref = it.value();
            };
            if (Zone *z = after.zone(id))
                fix(z->parent);
            else if (Node *n = after.node(id))
                fix(n->zone);
            for (LoadBalancer &lb : after.loadBalancers)
                if (lb.id == id) {
                    fix(lb.zone);
                    for (Listener &l : lb.listeners)
                        fix(l.targetNode);
                }
            for (Client &c : after.clients)
                if (c.id == id) {
                    fix(c.zone);
                    for (ClientUse &u : c.uses)
                        fix(u.target);
                }
            for (Link &l : after.links)
                if (l.id == id) {
                    fix(l.a);
                    fix(l.b);
                }
            for (NatLayer &n : after.natLayers)
                if (n.id == id) {
                    fix(n.inside);
                    fix(n.outside);
                }
            for (Firewall &f : after.firewalls)
                if (f.id == id) {
                    fix(f.outside);
                    for (ElementId &z : f.inside)
                        fix(z);
                }
        }
    }
    change.aspects = ChangeAspect::Properties;
    setResult(after, change);
}

} // namespace portolan
