#pragma once

#include "model/elements.h"

#include <QGraphicsItem>

namespace portolan {

class DeploymentScene;

// A node, node group, load balancer, NAT layer, firewall or client on the
// canvas. Holds only its id; paints what the document says now.
class ElementItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 1
    };
    ElementItem(DeploymentScene *scene, const ElementId &id);

    int type() const override { return Type; }
    const ElementId &id() const { return m_id; }
    void setSize(const QSizeF &size);
    QRectF frame() const { return QRectF(QPointF(0, 0), m_size); }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    DeploymentScene *m_scene;
    ElementId m_id;
    QSizeF m_size;
};

} // namespace portolan
