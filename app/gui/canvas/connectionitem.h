#pragma once

#include "render/elementpainter.h"

#include <QGraphicsItem>

namespace portolan {

class DeploymentScene;

// A link, client use or listener drawn between two items; follows them as
// they move. Selecting it selects its owner (link, client, load balancer).
class ConnectionItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 3
    };
    ConnectionItem(DeploymentScene *scene, const DrawingConnection &connection);

    int type() const override { return Type; }
    const DrawingConnection &connection() const { return m_connection; }
    void updateGeometry();

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    DeploymentScene *m_scene;
    DrawingConnection m_connection;
    QLineF m_line;
};

} // namespace portolan
