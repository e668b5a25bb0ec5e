#include "flowpathgeometry.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <cmath>
#include <tuple>

namespace portolan {

namespace {

QString pairKey(const ElementId &a, const ElementId &b)
{
    return a < b ? a + u'|' + b : b + u'|' + a;
}

std::array<QLineF, 4> sidesOf(const QRectF &r)
{
    return {QLineF(r.topLeft(), r.topRight()), QLineF(r.topRight(), r.bottomRight()),
            QLineF(r.bottomRight(), r.bottomLeft()), QLineF(r.bottomLeft(), r.topLeft())};
}

} // namespace

bool crossesBorder(const QLineF &line, const QRectF &r)
{
    for (const QLineF &edge : sidesOf(r))
        if (line.intersects(edge, nullptr) == QLineF::BoundedIntersection)
            return true;
    return false;
}

QPointF PathSegment::pointAt(qreal t) const
{
    return control ? (1 - t) * (1 - t) * line.p1() + 2 * (1 - t) * t * *control + t * t * line.p2()
                   : line.pointAt(t);
}

QPainterPath PathSegment::path() const
{
    QPainterPath p(line.p1());
    if (control)
        p.quadTo(*control, line.p2());
    else
        p.lineTo(line.p2());
    return p;
}

FlowPathGeometry::FlowPathGeometry(const ObstacleGrid &cards, qreal zoneTitle)
    : m_cards(cards), m_zoneTitle(zoneTitle)
{
}

QPointF FlowPathGeometry::clipTo(const QRectF &r, const QLineF &line, bool start)
{
    std::optional<QPointF> best;
    const QPointF other = start ? line.p2() : line.p1();
    for (const QLineF &e : sidesOf(r)) {
        QPointF hit;
        if (line.intersects(e, &hit) == QLineF::BoundedIntersection &&
            (!best || QLineF(hit, other).length() < QLineF(*best, other).length()))
            best = hit;
    }
    return best.value_or(start ? line.p1() : line.p2());
}

QLineF FlowPathGeometry::segmentLine(const PathAnchor &a, const PathAnchor &b, qreal offset) const
{
    QPointF ca = a.rect.center();
    QPointF cb = b.rect.center();
    // A zone around the other end: leave from its title band instead of
    // from behind the element.
    if (a.zone && a.rect.contains(b.rect.center()))
        ca = QPointF(cb.x(), a.rect.top() + m_zoneTitle / 2);
    if (b.zone && b.rect.contains(a.rect.center()))
        cb = QPointF(ca.x(), b.rect.top() + m_zoneTitle / 2);
    // A member set around one of its own members (the rest of a cluster
    // talking to it): a short stub towards the frame's nearest side; the
    // dashed frame already says who the rest are.
    auto nearestSide = [](const QRectF &frame, const QPointF &p) {
        const qreal left = p.x() - frame.left(), right = frame.right() - p.x();
        const qreal top = p.y() - frame.top(), bottom = frame.bottom() - p.y();
        const qreal m = std::min({left, right, top, bottom});
        if (m == left)
            return QPointF(frame.left(), p.y());
        if (m == right)
            return QPointF(frame.right(), p.y());
        if (m == top)
            return QPointF(p.x(), frame.top());
        return QPointF(p.x(), frame.bottom());
    };
    constexpr qreal Stub = 22;
    if (a.hull && a.rect.contains(cb)) {
        const QLineF towards(nearestSide(a.rect, cb), cb);
        const QPointF entry = clipTo(b.rect, towards, false);
        QLineF out(entry, towards.p1());
        out.setLength(std::min(Stub, out.length()));
        return QLineF(out.p2(), entry);
    }
    if (b.hull && b.rect.contains(ca)) {
        const QLineF away(ca, nearestSide(b.rect, ca));
        const QPointF exit = clipTo(a.rect, away, true);
        QLineF out(exit, away.p2());
        out.setLength(std::min(Stub, out.length()));
        return QLineF(exit, out.p2());
    }
    // Lanes are measured from the pair in id order, so the two directions
    // between the same elements get different sides.
    QLineF ordered = a.id < b.id ? QLineF(ca, cb) : QLineF(cb, ca);
    if (ordered.length() < 1)
        return QLineF(ca, cb);
    const QPointF n = QPointF(-ordered.dy(), ordered.dx()) / ordered.length() * offset;
    const QLineF shifted(ca + n, cb + n);
    return QLineF(clipTo(a.rect, shifted, true), clipTo(b.rect, shifted, false));
}

QPainterPath FlowPathGeometry::loopAt(const QRectF &r, int lane)
{
    const qreal reach = 34 + 14 * lane;
    const QPointF out(r.right(), r.center().y() - 8);
    const QPointF back(r.right(), r.center().y() + 8);
    QPainterPath path(out);
    path.cubicTo(out + QPointF(reach, -reach / 1.5), back + QPointF(reach, reach / 1.5), back);
    return path;
}

bool FlowPathGeometry::crossesCard(const QLineF &line, const ElementId &from, const ElementId &to) const
{
    const QRectF span = QRectF(line.p1(), line.p2()).normalized().adjusted(-1, -1, 1, 1);
    return m_cards.anyAlong(line, 1, [&](const ObstacleGrid::Obstacle &o) {
        // The element's own card, a little shrunk: grazing a corner is fine.
        const QRectF r = o.rect.adjusted(6, 6, -6, -6);
        if (!r.isValid() || !r.intersects(span) || o.id == from || o.id == to)
            return false;
        return r.contains(line.p1()) || r.contains(line.p2()) || crossesBorder(line, r);
    });
}

bool FlowPathGeometry::bowCrossesCard(const QLineF &line, const QPointF &control, const ElementId &from,
                                      const ElementId &to) const
{
    // The curve as a few chords: close enough to tell a card in the way.
    constexpr int Chords = 12;
    const PathSegment bow{line, from, to, 0.5, control};
    QPointF last = line.p1();
    for (int i = 1; i <= Chords; ++i) {
        const QPointF next = bow.pointAt(qreal(i) / Chords);
        if (crossesCard(QLineF(last, next), from, to))
            return true;
        last = next;
    }
    return false;
}

PathSegment FlowPathGeometry::piece(const PathAnchor &a, const PathAnchor &b, qreal centred) const
{
    PathSegment s{segmentLine(a, b, centred * LaneGap), a.id, b.id, 0.5, std::nullopt};
    // A straight line through another element would read as a hop there:
    // bow around it instead. The first bow, on either side and ever wider,
    // that clears every card; the narrowest when none does.
    if (crossesCard(s.line, a.id, b.id)) {
        const QLineF ordered = a.id < b.id ? s.line : QLineF(s.line.p2(), s.line.p1());
        const QPointF normal = QPointF(-ordered.dy(), ordered.dx()) / std::max(1.0, ordered.length());
        const QPointF centre = s.line.center();
        auto bow = [&](qreal reach, int side) {
            const QPointF control = centre + side * normal * (2 * (reach + centred * LaneGap * 1.6));
            return std::pair(QLineF(clipTo(a.rect, QLineF(a.rect.center(), control), true),
                                    clipTo(b.rect, QLineF(control, b.rect.center()), false)),
                             control);
        };
        auto [line, control] = bow(48, 1);
        bool clear = false;
        for (qreal reach : {48.0, 96.0, 150.0, 220.0, 320.0}) {
            for (int side : {1, -1}) {
                const auto [l, c] = bow(reach, side);
                if (!bowCrossesCard(l, c, a.id, b.id)) {
                    std::tie(line, control, clear) = std::tuple(l, c, true);
                    break;
                }
            }
            if (clear)
                break;
        }
        s.line = line;
        s.control = control;
    }
    // Staggered along the line so that parallel labels do not stack.
    s.labelAt = std::clamp(0.5 + centred * 0.16, 0.2, 0.8);
    return s;
}

QList<std::optional<LaidPath>>
FlowPathGeometry::lay(const QList<std::optional<QList<PathAnchor>>> &chains) const
{
    // Pass 1: how many paths use each pair of elements, so parallel paths
    // get lanes side by side.
    QHash<QString, int> pairCount;
    for (const auto &chain : chains)
        if (chain)
            for (qsizetype i = 1; i < chain->size(); ++i)
                if ((*chain)[i - 1].id != (*chain)[i].id)
                    pairCount[pairKey((*chain)[i - 1].id, (*chain)[i].id)]++;
    QHash<QString, int> pairUsed;
    QHash<ElementId, int> loopUsed;
    QList<std::optional<LaidPath>> laid;
    laid.reserve(chains.size());
    for (const auto &chain : chains) {
        if (!chain) {
            laid.append(std::nullopt);
            continue;
        }
        LaidPath path;
        for (const PathAnchor &a : *chain)
            if (a.hull && !path.hulls.contains(a.rect))
                path.hulls.append(a.rect);
        if (chain->size() == 2 && chain->first().id == chain->last().id) {
            path.loop = loopAt(chain->first().rect, loopUsed[chain->first().id]++);
        } else {
            for (qsizetype i = 1; i < chain->size(); ++i) {
                const PathAnchor &a = (*chain)[i - 1];
                const PathAnchor &b = (*chain)[i];
                if (a.id == b.id)
                    continue;
                const QString key = pairKey(a.id, b.id);
                const int count = pairCount.value(key);
                const int lane = pairUsed[key]++;
                path.segments.append(piece(a, b, lane - (count - 1) / 2.0));
            }
        }
        laid.append(std::move(path));
    }
    return laid;
}

} // namespace portolan
