// DeploymentScene's context menu targets, "connect from here" and the
// zone handles' priority: what a right click or a press on a border means.
#include "deploymentscene.h"

#include "connectionitem.h"
#include "elementitem.h"
#include "zoneitem.h"

#include <QGraphicsLineItem>
#include <QGraphicsSceneContextMenuEvent>
#include <QKeyEvent>

namespace portolan {

void DeploymentScene::selectConnection(const DrawingConnection &connection)
{
    QSignalBlocker blocker(this);
    clearSelection();
    for (ConnectionItem *c : std::as_const(m_connections))
        if (c->connection() == connection)
            c->setSelected(true);
    blocker.unblock();
    Q_EMIT selectionChanged();
}

void DeploymentScene::beginConnectFrom(const ElementId &from)
{
    cancelConnect();
    if (!m_items.contains(from))
        return;
    m_connectFrom = from;
    m_clickToConnect = true;
    const QPointF centre = sceneRectOf(from).center();
    m_rubberLine = addLine(QLineF(centre, centre), QPen(m_theme.selection, 2, Qt::DashLine));
    m_rubberLine->setZValue(100);
    Q_EMIT statusMessage(tr("Click the element to connect %1 to (Escape cancels).").arg(from));
}

void DeploymentScene::cancelConnect()
{
    delete std::exchange(m_rubberLine, nullptr);
    m_connectFrom.clear();
    m_clickToConnect = false;
}

ZoneItem *DeploymentScene::zoneHandleAt(const QPointF &scenePos) const
{
    ZoneItem *best = nullptr;
    int bestRank = -1;
    for (QGraphicsItem *item : std::as_const(m_items)) {
        if (item->type() != ZoneItem::Type || !item->isVisible())
            continue;
        auto zone = static_cast<ZoneItem *>(item);
        if (!zone->edgesAt(zone->mapFromScene(scenePos)))
            continue;
        // Selected first (its eight handles are drawn), then the innermost.
        int depth = 0;
        for (const QGraphicsItem *up = zone->parentItem(); up; up = up->parentItem())
            ++depth;
        const int rank = (zone->isSelected() ? 1000 : 0) + depth;
        if (rank > bestRank) {
            best = zone;
            bestRank = rank;
        }
    }
    return best;
}

void DeploymentScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    cancelConnect();
    // Accepted even over empty canvas: the window's own menu (toolbars and
    // docks) popping up over the drawing would read as the canvas's.
    event->accept();
    CanvasTarget target;
    bool found = false;
    for (QGraphicsItem *item : items(event->scenePos())) {
        if (item->type() == ConnectionItem::Type) {
            target.kind = CanvasTarget::Kind::Connection;
            target.connection = static_cast<ConnectionItem *>(item)->connection();
            target.id = target.connection.owner;
            found = true;
            break;
        }
        if (item->type() == ElementItem::Type || item->type() == ZoneItem::Type) {
            target.id = idOf(item);
            found = true;
            break;
        }
    }
    if (!found)
        return;
    // The menu acts on what it shows selected, as a left click would.
    if (target.kind == CanvasTarget::Kind::Connection)
        selectConnection(target.connection);
    else if (!m_items.value(target.id)->isSelected())
        selectIds({target.id});
    Q_EMIT contextMenuRequested(target, event->screenPos());
}

void DeploymentScene::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && isConnecting()) {
        cancelConnect();
        event->accept();
        return;
    }
    QGraphicsScene::keyPressEvent(event);
}

} // namespace portolan
