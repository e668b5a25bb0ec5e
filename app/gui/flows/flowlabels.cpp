#include "flowlayer.h"

#include "canvas/deploymentscene.h"
#include "flowpathitem.h"

#include <cmath>
#include <optional>

namespace portolan {

void FlowLayer::updateLabels(const QSet<FlowPathItem *> &moved)
{
    // Inside a member set every member gets the same arrow: one label per
    // set and text keeps the frame readable. Which one shows can change
    // with any label, so this looks at every path, but places only the
    // labels that moved, appeared or went; those keep off the labels that
    // stay and off each other, in path order (the same drawing always
    // gets the same places).
    QSet<QString> labelledSets;
    ObstacleGrid placed(m_scene->sceneRect(), 80);
    QList<FlowPathItem *> toPlace;
    for (FlowPathItem *item : std::as_const(m_items)) {
        if (!item->isVisible())
            continue;
        bool shown = true;
        if (item->isWithinMemberSet()) {
            const QString key = item->memberSetLabelKey();
            shown = !labelledSets.contains(key);
            labelledSets.insert(key);
        }
        // A hidden label goes back to its piece's own place (where a fresh
        // drawing puts it); a shown one may have to slide off a card.
        const bool toggled = shown != item->isLabelShown();
        item->setLabelShown(shown);
        if (toggled || moved.contains(item))
            toPlace.append(item);
        else if (shown)
            placed.insert({{}, item->labelRect()});
    }
    for (FlowPathItem *item : std::as_const(toPlace))
        placeLabelOf(item, placed);
}

namespace {

// A label beside the line rather than on it: the centre moves along the
// line's normal just far enough for the box to clear the line.
QPointF besideLine(const FlowPathItem::Segment &s, qreal t, const QSizeF &size, qreal side)
{
    const QPointF a = s.pointAt(std::max(0.0, t - 0.01)), b = s.pointAt(std::min(1.0, t + 0.01));
    const QLineF tangent(a, b);
    if (tangent.length() < 1e-6)
        return s.pointAt(t);
    const QPointF n(-tangent.dy() / tangent.length(), tangent.dx() / tangent.length());
    const qreal reach = std::abs(n.x()) * size.width() / 2 + std::abs(n.y()) * size.height() / 2 + 3;
    return s.pointAt(t) + side * reach * n;
}

} // namespace

void FlowLayer::placeLabelOf(FlowPathItem *item, ObstacleGrid &placed)
{
    // A label over a card hides its name, over a zone's title band the
    // zone's, over another label both: try the label's own place, then
    // along each piece of the path (longest first), then beside it; the
    // first place free of all three wins. Tried before it moves, so an
    // unchanged path leaves its item (and the scene) alone.
    const QRectF own = item->labelRectAt(-1);
    if (!item->isLabelShown()) {
        item->setLabelRect(own);
        return;
    }
    auto isFree = [&](const QRectF &r) {
        const QRectF padded = r.adjusted(-1, -1, 1, 1);
        return !labelOnElement(r) && !placed.anyNear(padded, [&](const ObstacleGrid::Obstacle &o) {
            return o.rect.intersects(padded);
        });
    };
    std::optional<QRectF> chosen;
    if (isFree(own)) {
        chosen = own;
    } else if (!item->segments().isEmpty()) {
        QList<const FlowPathItem::Segment *> pieces;
        for (const FlowPathItem::Segment &s : item->segments())
            pieces.append(&s);
        std::stable_sort(pieces.begin(), pieces.end(),
                         [](const auto *a, const auto *b) { return a->line.length() > b->line.length(); });
        const QSizeF size = own.size();
        auto at = [&](const QPointF &centre) {
            return QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size);
        };
        static constexpr qreal Along[] = {0.5, 0.35, 0.65, 0.25, 0.75, 0.42, 0.58, 0.15, 0.85};
        // On the line, then beside it, then further off (a dense knot of
        // paths between a few cards).
        for (qreal side : {0.0, 1.0, -1.0, 2.2, -2.2, 3.4, -3.4, 4.6, -4.6, 5.8, -5.8}) {
            for (const FlowPathItem::Segment *s : std::as_const(pieces)) {
                for (qreal t : Along) {
                    const QRectF r = at(side == 0 ? s->pointAt(t) : besideLine(*s, t, size, side));
                    if (isFree(r)) {
                        chosen = r;
                        break;
                    }
                }
                if (chosen)
                    break;
            }
            if (chosen)
                break;
        }
    }
    if (!chosen) {
        // No free place along the path (a member set's own loop has no
        // piece; two cards close together leave none): step away from the
        // label's own place in widening rings, nearest first.
        const qreal dx = own.width() / 2 + 2, dy = own.height() + 2;
        for (int ring = 1; ring <= 8 && !chosen; ++ring)
            for (const QPointF &step : {QPointF(0, -1), QPointF(0, 1), QPointF(1, 0), QPointF(-1, 0),
                                        QPointF(1, -1), QPointF(-1, -1), QPointF(1, 1), QPointF(-1, 1)}) {
                const QRectF r = own.translated(step.x() * dx * ring, step.y() * dy * ring);
                if (isFree(r)) {
                    chosen = r;
                    break;
                }
            }
    }
    item->setLabelRect(chosen.value_or(own));
    placed.insert({{}, item->labelRect()});
}

bool FlowLayer::labelOnElement(const QRectF &rect) const
{
    return m_titles.anyNear(rect, [&](const ObstacleGrid::Obstacle &o) { return o.rect.intersects(rect); });
}

} // namespace portolan
