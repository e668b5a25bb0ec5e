#include "alignment.h"

#include <QList>

#include <algorithm>

namespace portolan {

namespace {

// Ordered by position then id, so equal positions still give one answer.
QList<ElementId> orderedBy(const QHash<ElementId, QRectF> &rects, bool horizontal)
{
    QList<ElementId> ids = rects.keys();
    std::sort(ids.begin(), ids.end(), [&](const ElementId &a, const ElementId &b) {
        const qreal ca = horizontal ? rects[a].center().x() : rects[a].center().y();
        const qreal cb = horizontal ? rects[b].center().x() : rects[b].center().y();
        return ca != cb ? ca < cb : a < b;
    });
    return ids;
}

QHash<ElementId, QPointF> distribute(const QHash<ElementId, QRectF> &rects, bool horizontal)
{
    const QList<ElementId> ids = orderedBy(rects, horizontal);
    auto start = [&](const QRectF &r) { return horizontal ? r.left() : r.top(); };
    auto extent = [&](const QRectF &r) { return horizontal ? r.width() : r.height(); };
    const QRectF &first = rects[ids.first()];
    const QRectF &last = rects[ids.last()];
    qreal occupied = 0;
    for (const ElementId &id : ids)
        occupied += extent(rects[id]);
    // Equal gaps rather than equal centre spacing: boxes of different sizes
    // then read as evenly spaced, which is what the eye checks.
    const qreal span = start(last) + extent(last) - start(first);
    const qreal gap = (span - occupied) / qreal(ids.size() - 1);
    QHash<ElementId, QPointF> out;
    qreal at = start(first);
    for (const ElementId &id : ids) {
        const QRectF &r = rects[id];
        out.insert(id, horizontal ? QPointF(at, r.top()) : QPointF(r.left(), at));
        at += extent(r) + gap;
    }
    return out;
}

} // namespace

QHash<ElementId, QPointF> Alignment::arrange(const QHash<ElementId, QRectF> &rects, Mode mode)
{
    const bool distributing = mode == Mode::DistributeHorizontally || mode == Mode::DistributeVertically;
    if (rects.size() < (distributing ? 3 : 2))
        return {};
    if (distributing)
        return distribute(rects, mode == Mode::DistributeHorizontally);
    QRectF bounds;
    for (const QRectF &r : rects)
        bounds |= r;
    QHash<ElementId, QPointF> out;
    for (auto it = rects.cbegin(); it != rects.cend(); ++it) {
        const QRectF &r = it.value();
        QPointF p = r.topLeft();
        switch (mode) {
        case Mode::Left:
            p.setX(bounds.left());
            break;
        case Mode::HorizontalCentre:
            p.setX(bounds.center().x() - r.width() / 2);
            break;
        case Mode::Right:
            p.setX(bounds.right() - r.width());
            break;
        case Mode::Top:
            p.setY(bounds.top());
            break;
        case Mode::VerticalCentre:
            p.setY(bounds.center().y() - r.height() / 2);
            break;
        case Mode::Bottom:
            p.setY(bounds.bottom() - r.height());
            break;
        case Mode::DistributeHorizontally:
        case Mode::DistributeVertically:
            break;
        }
        out.insert(it.key(), p);
    }
    return out;
}

} // namespace portolan
