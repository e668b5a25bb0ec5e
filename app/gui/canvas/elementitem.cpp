#include "elementitem.h"

#include "deploymentscene.h"
#include "document/document.h"
#include "render/elementpainter.h"

namespace portolan {

ElementItem::ElementItem(DeploymentScene *scene, const ElementId &id) : m_scene(scene), m_id(id)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemIsFocusable | ItemSendsGeometryChanges);
    setZValue(1);
}

void ElementItem::setSize(const QSizeF &size)
{
    if (size == m_size)
        return;
    prepareGeometryChange();
    m_size = size;
}

QRectF ElementItem::boundingRect() const
{
    // Room for a node group's stacked cards and the selection pen.
    const qreal s = 2 * ElementPainter::StackOffset;
    return frame().adjusted(-2, -s - 2, s + 2, 2);
}

void ElementItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    ElementPainter::paintElement(painter, frame(), m_scene->document()->project(), m_id, m_scene->theme(),
                                 isSelected());
}

QVariant ElementItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionChange && m_scene->snapToGrid())
        return m_scene->snapped(value.toPointF(), parentItem());
    if (change == ItemPositionHasChanged)
        m_scene->updateConnections();
    return QGraphicsItem::itemChange(change, value);
}

} // namespace portolan
