#pragma once

#include "layout/flowpathgeometry.h"
#include "render/flowbundles.h"

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
    // One drawn piece of the path (computed by FlowPathGeometry).
    using Segment = PathSegment;
    // Where an address:port tag goes when the path is highlighted.
    struct Tag
    {
        QPointF at;
        QString text;
        friend bool operator==(const Tag &, const Tag &) = default;
    };

    FlowPathItem(FlowLayer *layer, FlowBundle bundle);

    int type() const override { return Type; }
    const FlowBundle &bundle() const { return m_bundle; }
    // The same path with other flows (a plan update): label, keys and
    // tooltip follow; nothing is redone when the flows are equal. Ends:
    // a member set gained or lost members, so the path must be laid again.
    enum class BundleChange
    {
        None,
        Flows,
        Ends
    };
    BundleChange setBundle(FlowBundle bundle);
    // The tooltip is written when first asked for (the layer does that on
    // a help event): composing one per path, 5,000 at 1,000 nodes, for
    // every plan cost milliseconds per edit. toolTipText() writes and
    // returns it.
    void ensureToolTip();
    QString toolTipText();
    QStringList flowKeys() const { return m_keys; }
    QString label() const { return m_label; }
    // A path between a member set and one of its own members (kept: the
    // layer asks for every path on every update).
    bool isWithinMemberSet() const { return m_withinSet; }
    // "<member set>|<label>": one label per set and text is shown.
    QString memberSetLabelKey() const;

    // `drawnHulls`: which of `memberHulls` this item draws. Hundreds of
    // paths share one member set's frame; one of them draws it (dashed
    // frames across a whole region were a third of a repaint), a
    // highlighted or hovered path draws its own.
    void setGeometry(const QList<Segment> &segments, const QPainterPath &loop,
                     const QList<QRectF> &memberHulls, const QList<bool> &drawnHulls = {});
    const QList<Segment> &segments() const { return m_segments; }
    // Highlighted: some of its flows are selected; the tags say where each
    // selected flow goes at every hop (NAT: outside → inside).
    void setHighlight(bool highlighted, bool dimmed, const QList<Tag> &tags);
    bool isHighlighted() const { return m_highlighted; }
    bool isDimmed() const { return m_dimmed; }
    const QList<Tag> &tags() const { return m_tags; }
    QRectF labelRect() const { return m_labelRect; }
    // Where the label would sit at `at` (0..1 along its piece of path; -1 =
    // the piece's own place), and moving it there, e.g. off an element.
    QRectF labelRectAt(qreal at) const;
    void placeLabel(qreal at);
    // Anywhere, e.g. on another piece of the path or beside it, where no
    // other label or title is (FlowLayer::placeLabelOf chooses).
    void setLabelRect(const QRectF &rect);
    // Hidden labels still show in the tooltip and when highlighted.
    void setLabelShown(bool shown);
    bool isLabelShown() const { return m_labelShown; }

    // Below this zoom a path is drawn as a plain hairline without label.
    static constexpr qreal CoarseDetail = 0.35;
    // Whether anything of the path is drawn inside `area` (item coordinates).
    bool touches(const QRectF &area) const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    // Every setter below changes state only when it differs, and tells the
    // scene (prepareGeometryChange, a re-index) only when the bounds move:
    // a plan update at 1,000 nodes touches about 5,000 paths, and most of
    // them come out the same.
    void refreshBounds();
    QRectF tagRect(const Tag &tag) const;

    FlowLayer *m_layer;
    FlowBundle m_bundle;
    QStringList m_keys;
    QString m_label;
    QSizeF m_labelSize;
    QList<Segment> m_segments;
    QPainterPath m_linePath;                      // the loop and every segment, cached
    mutable std::optional<QPainterPath> m_stroke; // shape() without the label
    QRectF m_bounds;
    QPainterPath m_loop; // a flow from an element to itself
    QList<QRectF> m_memberHulls;
    QList<bool> m_drawnHulls;
    QRectF m_labelRect;
    QList<Tag> m_tags;
    bool m_highlighted = false;
    bool m_dimmed = false;
    bool m_hovered = false;
    bool m_labelShown = true;
    bool m_withinSet = false;
    bool m_toolTipWritten = false;
};

} // namespace portolan
