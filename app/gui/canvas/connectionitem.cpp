#include "connectionitem.h"

#include "deploymentscene.h"

#include <QPainterPathStroker>

namespace portolan {

ConnectionItem::ConnectionItem(DeploymentScene *scene, const DrawingConnection &connection)
    : m_scene(scene), m_connection(connection)
{
    setFlags(ItemIsSelectable);
    setZValue(10);
    updateGeometry();
}

void ConnectionItem::updateGeometry()
{
    const QLineF line = ElementPainter::edgeLine(m_scene->sceneRectOf(m_connection.from),
                                                 m_scene->sceneRectOf(m_connection.to));
    if (line == m_line)
        return;
    prepareGeometryChange();
    m_line = line;
}

QRectF ConnectionItem::boundingRect() const
{
    return QRectF(m_line.p1(), m_line.p2()).normalized().adjusted(-40, -14, 40, 14);
}

QPainterPath ConnectionItem::shape() const
{
    QPainterPath path(m_line.p1());
    path.lineTo(m_line.p2());
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    return stroker.createStroke(path);
}

void ConnectionItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    ElementPainter::paintConnection(painter, m_line, m_connection.kind, m_connection.label, m_scene->theme(),
                                    isSelected());
}

} // namespace portolan
