#pragma once

#include "model/elements.h"

#include <QGraphicsItem>

namespace portolan {

class DeploymentScene;

// A zone: a container item whose child items are what the zone holds, so
// moving it carries its content. The bottom-right grip resizes it.
class ZoneItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 2
    };
    static constexpr qreal Grip = 14;
    ZoneItem(DeploymentScene *scene, const ElementId &id);

    int type() const override { return Type; }
    const ElementId &id() const { return m_id; }
    void setSize(const QSizeF &size);
    QRectF frame() const { return QRectF(QPointF(0, 0), m_size); }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    bool onGrip(const QPointF &pos) const;

    DeploymentScene *m_scene;
    ElementId m_id;
    QSizeF m_size;
    bool m_resizing = false;
};

} // namespace portolan
