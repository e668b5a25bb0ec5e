#pragma once

#include "flowbundles.h"

#include <QGraphicsItem>
#include <QPainterPath>

#include <optional>

namespace portolan {

class FlowLayer;

// One bundle of flows drawn as an arrow from its source through its hops to
// its destination, labelled with protocols and ports. Holds flow values and
// element ids, never items or model pointers: the layer hands it scene
// geometry (`setGeometry`) whenever elements move.
class FlowPathItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 40
    };
    // One drawn piece of the path; the ids say which elements it joins.
    struct Segment
    {
        QLineF line;
        ElementId from;
        ElementId to;
        qreal labelAt = 0.5; // where along it the label goes, if it is the longest
        std::optional<QPointF> control; // bows around an element in the way
        QPainterPath path() const;
    };
    // Where an address:port tag goes when the path is highlighted.
    struct Tag
    {
        QPointF at;
        QString text;
    };

    FlowPathItem(FlowLayer *layer, FlowBundle bundle);

    int type() const override { return Type; }
    const FlowBundle &bundle() const { return m_bundle; }
    QStringList flowKeys() const { return m_keys; }
    QString label() const { return m_label; }

    void setGeometry(const QList<Segment> &segments, const QPainterPath &loop, const QList<QRectF> &memberHulls);
    const QList<Segment> &segments() const { return m_segments; }
    // Highlighted: some of its flows are selected; the tags say where each
    // selected flow goes at every hop (NAT: outside → inside).
    void setHighlight(bool highlighted, bool dimmed, const QList<Tag> &tags);
    bool isHighlighted() const { return m_highlighted; }
    bool isDimmed() const { return m_dimmed; }
    const QList<Tag> &tags() const { return m_tags; }
    QRectF labelRect() const { return m_labelRect; }
    // Moves the label along its piece of path (0..1), e.g. off an element.
    void placeLabel(qreal at);
    // Hidden labels still show in the tooltip and when highlighted.
    void setLabelShown(bool shown);
    bool isLabelShown() const { return m_labelShown; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    QPainterPath linePath() const;
    QRectF tagRect(const Tag &tag) const;

    FlowLayer *m_layer;
    FlowBundle m_bundle;
    QStringList m_keys;
    QString m_label;
    QList<Segment> m_segments;
    QPainterPath m_loop; // a flow from an element to itself
    QList<QRectF> m_memberHulls;
    QRectF m_labelRect;
    QList<Tag> m_tags;
    bool m_highlighted = false;
    bool m_dimmed = false;
    bool m_hovered = false;
    bool m_labelShown = true;
};

} // namespace portolan
