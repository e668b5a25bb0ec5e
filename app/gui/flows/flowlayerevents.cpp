#include "flowlayer.h"

#include "analysis/flowselection.h"
#include "canvas/deploymentscene.h"
#include "flowlegend.h"
#include "flowpathitem.h"

#include <QAction>
#include <QEvent>
#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneHelpEvent>
#include <QGraphicsSceneMouseEvent>

namespace portolan {

bool FlowLayer::eventFilter(QObject *watched, QEvent *event)
{
    // A left click on the canvas that misses every flow ends the flow
    // selection, as a click on empty space ends the element selection.
    if (watched == m_scene && event->type() == QEvent::GraphicsSceneMousePress) {
        auto *e = static_cast<QGraphicsSceneMouseEvent *>(event);
        if (e->button() == Qt::LeftButton && !m_selection->keys().isEmpty()) {
            bool onFlow = false;
            for (QGraphicsItem *item : m_scene->items(e->scenePos()))
                onFlow |= item->type() == FlowPathItem::Type;
            if (!onFlow)
                m_selection->clear(this);
        }
    }
    if (watched == m_scene && event->type() == QEvent::GraphicsSceneContextMenu) {
        const auto *menu = static_cast<QGraphicsSceneContextMenuEvent *>(event);
        if (flowPathMenu(menu->scenePos(), menu->screenPos()))
            return true;
    }
    // Path tooltips are written when asked for (FlowPathItem::ensureToolTip);
    // the scene, which handles the event after this, shows them.
    if (watched == m_scene && event->type() == QEvent::GraphicsSceneHelp) {
        const auto *help = static_cast<QGraphicsSceneHelpEvent *>(event);
        for (QGraphicsItem *item : m_scene->items(help->scenePos()))
            if (item->type() == FlowPathItem::Type)
                static_cast<FlowPathItem *>(item)->ensureToolTip();
    }
    if (watched == m_viewport && (event->type() == QEvent::Resize || event->type() == QEvent::Move))
        placeLegend();
    return QObject::eventFilter(watched, event);
}

bool FlowLayer::flowPathMenu(const QPointF &scenePos, const QPoint &screenPos)
{
    // Only when a path is the topmost thing under the mouse: paths are
    // drawn over the cards, but a card's menu is wanted off the line.
    const QList<QGraphicsItem *> under = m_scene->items(scenePos);
    if (under.isEmpty() || under.first()->type() != FlowPathItem::Type || !under.first()->isVisible())
        return false;
    const auto *item = static_cast<const FlowPathItem *>(under.first());
    const FlowBundle &b = item->bundle();
    // A member set stands for its members: the menu acts on the first.
    auto element = [this](const FlowEndpoint &end) {
        if (m_scene->itemFor(end.id))
            return end.id;
        for (const QString &member : end.members)
            if (m_scene->itemFor(member))
                return member;
        return ElementId();
    };
    CanvasTarget target;
    target.kind = CanvasTarget::Kind::FlowPath;
    target.id = element(b.source);
    target.destination = element(b.destination);
    target.flowKeys = item->flowKeys();
    target.label = item->label();
    Q_EMIT contextMenuRequested(target, screenPos);
    return true;
}

void FlowLayer::attachLegend(QWidget *viewport)
{
    // A sibling above the viewport rather than its child: the graphics
    // view paints its viewport over child widgets.
    m_viewport = viewport;
    m_legend = new FlowLegend(viewport->parentWidget());
    m_legend->raise();
    viewport->installEventFilter(this);
    m_legend->setState(filter().hiddenAudiences, theme().dark);
    m_legend->setVisible(m_show->isChecked());
    placeLegend();
}

void FlowLayer::placeLegend()
{
    if (!m_legend || !m_viewport)
        return;
    m_legend->resize(m_legend->sizeHint());
    const QRect area = m_viewport->geometry();
    m_legend->move(area.left() + 10, area.bottom() - m_legend->height() - 10);
    m_legend->raise();
}

} // namespace portolan
