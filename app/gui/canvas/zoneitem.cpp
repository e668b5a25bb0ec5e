#include "zoneitem.h"

#include "deploymentscene.h"
#include "document/document.h"
#include "render/elementpainter.h"

#include <QCursor>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>

namespace portolan {

namespace {

Qt::CursorShape cursorFor(Qt::Edges edges)
{
    const bool horizontal = edges & (Qt::LeftEdge | Qt::RightEdge);
    const bool vertical = edges & (Qt::TopEdge | Qt::BottomEdge);
    if (horizontal && vertical) {
        const bool falling =
            edges == (Qt::TopEdge | Qt::LeftEdge) || edges == (Qt::BottomEdge | Qt::RightEdge);
        return falling ? Qt::SizeFDiagCursor : Qt::SizeBDiagCursor;
    }
    if (horizontal)
        return Qt::SizeHorCursor;
    if (vertical)
        return Qt::SizeVerCursor;
    return Qt::ArrowCursor;
}

} // namespace

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
    // Handles stand half outside the frame.
    return frame().adjusted(-Grip / 2 - 1, -Grip / 2 - 1, Grip / 2 + 1, Grip / 2 + 1);
}

QList<QRectF> ZoneItem::handles() const
{
    const QRectF r = frame();
    const qreal h = Grip / 2;
    QList<QRectF> out;
    for (const QPointF &c :
         {r.topLeft(), QPointF(r.center().x(), r.top()), r.topRight(), QPointF(r.right(), r.center().y()),
          r.bottomRight(), QPointF(r.center().x(), r.bottom()), r.bottomLeft(),
          QPointF(r.left(), r.center().y())})
        out.append(QRectF(c.x() - h / 2, c.y() - h / 2, h, h));
    return out;
}

void ZoneItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const Zone *zone = m_scene->document()->project().zone(m_id);
    if (!zone)
        return;
    ElementPainter::paintZone(painter, frame(), *zone, m_scene->theme(), isSelected());
    if (isSelected()) {
        painter->setPen(QPen(m_scene->theme().background, 1));
        painter->setBrush(m_scene->theme().selection);
        for (const QRectF &h : handles())
            painter->drawRect(h);
    }
}

Qt::Edges ZoneItem::edgesAt(const QPointF &pos) const
{
    const QRectF r = frame();
    const qreal g = Grip / 2;
    // Unselected, only the bottom-right grip resizes: a zone's border is
    // otherwise a place to grab and move it.
    if (!isSelected())
        return QRectF(r.right() - Grip, r.bottom() - Grip, Grip, Grip).contains(pos)
                   ? Qt::Edges(Qt::RightEdge | Qt::BottomEdge)
                   : Qt::Edges();
    if (!r.adjusted(-g, -g, g, g).contains(pos))
        return {};
    Qt::Edges edges;
    if (pos.x() < r.left() + g)
        edges |= Qt::LeftEdge;
    else if (pos.x() > r.right() - g)
        edges |= Qt::RightEdge;
    if (pos.y() < r.top() + g)
        edges |= Qt::TopEdge;
    else if (pos.y() > r.bottom() - g)
        edges |= Qt::BottomEdge;
    return edges;
}

QVariant ZoneItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionChange && m_scene->snapToGrid() && !m_resizing)
        return m_scene->snapped(value.toPointF(), parentItem());
    if (change == ItemPositionHasChanged)
        m_scene->updateConnections();
    return QGraphicsItem::itemChange(change, value);
}

void ZoneItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    setCursor(cursorFor(edgesAt(event->pos())));
    QGraphicsItem::hoverMoveEvent(event);
}

void ZoneItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    unsetCursor();
    QGraphicsItem::hoverLeaveEvent(event);
}

void ZoneItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    m_resizing = event->button() == Qt::LeftButton ? edgesAt(event->pos()) : Qt::Edges();
    if (m_resizing) {
        m_pressRect = mapRectToScene(frame());
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
    QPointF at = event->scenePos();
    if (m_scene->snapToGrid())
        at = m_scene->snapped(at, nullptr);
    // Move only the dragged edges, never past the minimum size.
    QRectF r = m_pressRect;
    if (m_resizing & Qt::LeftEdge)
        r.setLeft(std::min(at.x(), r.right() - MinimumSize.width()));
    if (m_resizing & Qt::RightEdge)
        r.setRight(std::max(at.x(), r.left() + MinimumSize.width()));
    if (m_resizing & Qt::TopEdge)
        r.setTop(std::min(at.y(), r.bottom() - MinimumSize.height()));
    if (m_resizing & Qt::BottomEdge)
        r.setBottom(std::max(at.y(), r.top() + MinimumSize.height()));
    // The content stays put on the scene while the frame's origin moves.
    const QPointF shift = r.topLeft() - scenePos();
    setPos(pos() + shift);
    for (QGraphicsItem *child : childItems())
        child->setPos(child->pos() - shift);
    setSize(r.size());
    m_scene->updateConnections();
}

void ZoneItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_resizing) {
        QGraphicsItem::mouseReleaseEvent(event);
        return;
    }
    m_resizing = {};
    const QRectF r = mapRectToScene(frame());
    if (r != m_pressRect)
        m_scene->commitResize(m_id, r);
}

} // namespace portolan
