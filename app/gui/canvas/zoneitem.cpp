#include "zoneitem.h"

#include "deploymentscene.h"
#include "document/document.h"
#include "render/elementpainter.h"

#include <QCursor>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>

namespace portolan {

ZoneItem::ZoneItem(DeploymentScene *scene, const ElementId &id) : m_scene(scene), m_id(id)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemIsFocusable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setZValue(0);
}

void ZoneItem::setSize(const QSizeF &size)
{
    if (size == m_size)
        return;
    prepareGeometryChange();
    m_size = size;
}

QRectF ZoneItem::boundingRect() const
{
    return frame().adjusted(-2, -2, 2, 2);
}

void ZoneItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const Zone *zone = m_scene->document()->project().zone(m_id);
    if (!zone)
        return;
    ElementPainter::paintZone(painter, frame(), *zone, m_scene->theme(), isSelected());
    if (isSelected()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_scene->theme().selection);
        const QRectF r = frame();
        painter->drawRect(QRectF(r.right() - Grip / 2 - 3, r.bottom() - Grip / 2 - 3, Grip / 2, Grip / 2));
    }
}

bool ZoneItem::onGrip(const QPointF &pos) const
{
    const QRectF r = frame();
    return QRectF(r.right() - Grip, r.bottom() - Grip, Grip, Grip).contains(pos);
}

QVariant ZoneItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionChange && m_scene->snapToGrid())
        return m_scene->snapped(value.toPointF(), parentItem());
    if (change == ItemPositionHasChanged)
        m_scene->updateConnections();
    return QGraphicsItem::itemChange(change, value);
}

void ZoneItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    setCursor(onGrip(event->pos()) ? Qt::SizeFDiagCursor : Qt::ArrowCursor);
    QGraphicsItem::hoverMoveEvent(event);
}

void ZoneItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    m_resizing = event->button() == Qt::LeftButton && onGrip(event->pos());
    if (m_resizing) {
        event->accept();
        return;
    }
    QGraphicsItem::mousePressEvent(event);
}

void ZoneItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_resizing) {
        QGraphicsItem::mouseMoveEvent(event);
        return;
    }
    QPointF corner = event->pos();
    if (m_scene->snapToGrid())
        corner = m_scene->snapped(corner, nullptr);
    setSize(QSizeF(std::max<qreal>(corner.x(), 120), std::max<qreal>(corner.y(), 60)));
    m_scene->updateConnections();
}

void ZoneItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_resizing) {
        QGraphicsItem::mouseReleaseEvent(event);
        return;
    }
    m_resizing = false;
    m_scene->commitResize(m_id, QRectF(scenePos(), m_size));
}

} // namespace portolan
