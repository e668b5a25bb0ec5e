#pragma once

#include "model/elements.h"

#include <QGraphicsItem>

namespace portolan {

class DeploymentScene;

// A zone: a container item whose child items are what the zone holds, so
// moving it carries its content. A selected zone shows eight handles and
// resizes from any edge or corner (the bottom-right grip works unselected
// too); the content stays where it is, and one drag is one undo step.
class ZoneItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 2
    };
    static constexpr qreal Grip = 14;
    static constexpr QSizeF MinimumSize{120, 60};
    ZoneItem(DeploymentScene *scene, const ElementId &id);

    int type() const override { return Type; }
    const ElementId &id() const { return m_id; }
    void setSize(const QSizeF &size);
    QRectF frame() const { return QRectF(QPointF(0, 0), m_size); }
    // Which edges a press at `pos` (item coordinates) would drag; none = move.
    Qt::Edges edgesAt(const QPointF &pos) const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    QList<QRectF> handles() const;

    DeploymentScene *m_scene;
    ElementId m_id;
    QSizeF m_size;
    Qt::Edges m_resizing;
    QRectF m_pressRect; // scene rect when the resize began
};

} // namespace portolan
