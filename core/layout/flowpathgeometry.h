#pragma once

#include "model/elements.h"
#include "obstaclegrid.h"

#include <QLineF>
#include <QList>
#include <QPainterPath>
#include <QRectF>

#include <optional>

namespace portolan {

// Where a flow path starts, passes or ends: an element's rectangle in
// drawing coordinates.
struct PathAnchor
{
    ElementId id;
    QRectF rect;
    bool zone = false; // a zone: a path to something inside leaves from its title band
    bool hull = false; // a member set: a frame around its nodes
};

// One drawn piece of a path; the ids say which elements it joins.
struct PathSegment
{
    QLineF line;
    ElementId from;
    ElementId to;
    qreal labelAt = 0.5;            // where along it the label goes, if it is the longest
    std::optional<QPointF> control; // bows around an element in the way
    // On a bow, the curve's own parameter rather than a share of its
    // length: close enough for a label, and no length to measure.
    QPointF pointAt(qreal t) const;
    QPainterPath path() const;
    friend bool operator==(const PathSegment &, const PathSegment &) = default;
};

// What one path draws: pieces between its anchors, or a loop for a flow
// from an element to itself, and the member-set frames it passes.
struct LaidPath
{
    QList<PathSegment> segments;
    QPainterPath loop;
    QList<QRectF> hulls; // each frame once, in path order
};

// Whether the straight `line` crosses one of `rect`'s sides.
bool crossesBorder(const QLineF &line, const QRectF &rect);

// The flow paths' geometry, from rectangles to lines, with no scene, item
// or widget: the canvas's flow layer hands in each path's anchors and the
// element cards, and draws what comes back; tests/layout checks it by
// coordinates. Parallel paths between the same two elements get lanes side
// by side; a piece that would run through another card bows around it.
class FlowPathGeometry
{
public:
    static constexpr qreal LaneGap = 9;

    // `cards`: what a piece must not run through. `zoneTitle`: the height
    // of a zone's title band.
    FlowPathGeometry(const ObstacleGrid &cards, qreal zoneTitle);

    // One result per chain, in order; a chain is a path's anchors from
    // source through hops to destination, nullopt for a path not drawn (an
    // end off the canvas), which stays nullopt. Lanes are handed out in
    // chain order, so the same drawing always gets the same lanes.
    QList<std::optional<LaidPath>> lay(const QList<std::optional<QList<PathAnchor>>> &chains) const;

    // Whether `line` runs through a card other than `from`'s and `to`'s
    // (grazing a corner is fine).
    bool crossesCard(const QLineF &line, const ElementId &from, const ElementId &to) const;

    // Where `line` leaves (`start`) or enters `rect`; the line's own end
    // when it never crosses the border.
    static QPointF clipTo(const QRectF &rect, const QLineF &line, bool start);
    // The straight piece from `a` to `b`, moved `offset` sideways.
    QLineF segmentLine(const PathAnchor &a, const PathAnchor &b, qreal offset) const;
    // A flow from an element to itself, the `lane`th at that element.
    static QPainterPath loopAt(const QRectF &rect, int lane);

private:
    bool bowCrossesCard(const QLineF &line, const QPointF &control, const ElementId &from,
                        const ElementId &to) const;
    PathSegment piece(const PathAnchor &a, const PathAnchor &b, qreal centred) const;

    const ObstacleGrid &m_cards;
    qreal m_zoneTitle;
};

} // namespace portolan
