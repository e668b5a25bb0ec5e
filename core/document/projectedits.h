#pragma once

#include "anyelement.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointF>
#include <QSizeF>
#include <QStringList>

namespace portolan {

// Pure edits of a Project value. Commands compute "after" with these, so
// every edit rule is testable without a document or an undo stack.
class ProjectEdits
{
    Q_DECLARE_TR_FUNCTIONS(ProjectEdits)
public:
    // `base`, else `base-2`, `base-3`, ... whichever is free.
    static ElementId uniqueId(const Project &project, const QString &base);
    // The zone an element sits in: a zone's parent, a node's, load
    // balancer's or client's zone, a NAT's or firewall's outside zone.
    static ElementId container(const Project &project, const ElementId &id);
    // Everything inside `zone`, transitively, in file order.
    static QStringList contents(const Project &project, const ElementId &zone);

    // Removing a zone removes what is inside it (as deleting a box on a
    // drawing does); links, NAT layers and firewalls that lose a zone they
    // need go too; client uses and listeners pointing at removed elements
    // are dropped from their owners, which are reported in `changed`.
    static QStringList removalClosure(const Project &project, const QStringList &ids);
    static QStringList remove(Project &project, const QStringList &ids, QStringList *changed);

    static std::optional<QPointF> position(const Project &project, const ElementId &id);
    static void setPosition(Project &project, const ElementId &id, const QPointF &position);
    // Zones carry their content: every positioned element inside a moved
    // zone moves by the same offset. Returns every id whose position changed.
    static QStringList move(Project &project, const QHash<ElementId, QPointF> &newPositions);
    static bool resizeZone(Project &project, const ElementId &zone, const QSizeF &size);

    // Moves an element (zones too) into `zone` (empty = top level for zones).
    static bool reparent(Project &project, const ElementId &id, const ElementId &zone, QString *error);
    // Renames an element and every reference to it; referrers go to `changed`.
    static bool renameId(Project &project, const ElementId &from, const ElementId &to, QStringList *changed,
                         QString *error);
    static bool isValidId(const QString &id);
};

} // namespace portolan
