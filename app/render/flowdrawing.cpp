#include "flowdrawing.h"

#include "elementpainter.h"
#include "model/displayline.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

constexpr qreal LaneGap = 10; // between parallel paths joining the same two boxes
constexpr qreal BowOut = 52;  // how far a path swings out around a card in its way
constexpr qreal HeadSize = 9;
constexpr qreal LineWidth = 1.7;

QFont labelFont()
{
    QFont f(u"Sans Serif"_s);
    f.setPointSizeF(7.5);
    return f;
}

QFont legendFont(bool bold)
{
    QFont f(u"Sans Serif"_s);
    f.setPointSizeF(8);
    f.setBold(bold);
    return f;
}

// A place a path starts, passes or ends: a card, a zone, or the frame
// around the nodes of a member set.
struct End
{
    ElementId id;
    QRectF rect;
    bool around = false; // a zone or a frame: may hold the other end
    bool hull = false;
};

std::optional<End> endOf(const Project &project, const DrawingLayout &layout, const FlowEndpoint &e)
{
    if (e.isMemberSet()) {
        QRectF frame;
        for (const QString &member : e.members)
            if (layout.contains(member))
                frame |= layout.rect(member);
        if (frame.isNull())
            return std::nullopt;
        return End{e.id, frame.adjusted(-7, -7 - 2 * ElementPainter::StackOffset, 7, 7), true, true};
    }
    if (!layout.contains(e.id))
        return std::nullopt;
    return End{e.id, layout.rect(e.id), project.zone(e.id) != nullptr, false};
}

// Walking from `inside` towards `towards`: where the walk leaves `r`.
QPointF leave(const QRectF &r, const QPointF &inside, const QPointF &towards)
{
    const QPointF d = towards - inside;
    qreal t = 1;
    if (d.x() != 0)
        t = std::min(t, ((d.x() > 0 ? r.right() : r.left()) - inside.x()) / d.x());
    if (d.y() != 0)
        t = std::min(t, ((d.y() > 0 ? r.bottom() : r.top()) - inside.y()) / d.y());
    return inside + d * std::max<qreal>(t, 0);
}

// Whether the straight stretch p..q runs through `r` (Liang-Barsky).
bool runsThrough(const QRectF &r, const QPointF &p, const QPointF &q)
{
    const QPointF d = q - p;
    qreal lo = 0, hi = 1;
    const qreal edge[4][2] = {{-d.x(), p.x() - r.left()},
                              {d.x(), r.right() - p.x()},
                              {-d.y(), p.y() - r.top()},
                              {d.y(), r.bottom() - p.y()}};
    for (const auto &[towards, room] : edge) {
        if (towards == 0) {
            if (room < 0)
                return false;
            continue;
        }
        const qreal t = room / towards;
        if (towards < 0)
            lo = std::max(lo, t);
        else
            hi = std::min(hi, t);
        if (lo > hi)
            return false;
    }
    return true;
}

// One stretch of a path between two neighbouring ends.
struct Leg
{
    QPointF from;
    QPointF to;
    std::optional<QPointF> bend; // quadratic control point when it bows

    QPointF at(qreal t) const
    {
        if (!bend)
            return from + (to - from) * t;
        return (1 - t) * (1 - t) * from + 2 * (1 - t) * t * *bend + t * t * to;
    }
    qreal reach() const { return QLineF(from, to).length(); }
};

Leg legBetween(const End &a, const End &b, qreal offset, const QList<QPair<ElementId, QRectF>> &cards)
{
    QPointF pa = a.rect.center();
    QPointF pb = b.rect.center();
    // A zone or frame around the other end: the path comes out of its
    // title band rather than from behind the box it holds.
    const bool aHolds = a.around && a.rect.contains(pb);
    const bool bHolds = b.around && b.rect.contains(pa);
    if (aHolds)
        pa = QPointF(pb.x(), a.rect.top() + DrawingLayout::Header / 2);
    if (bHolds)
        pb = QPointF(pa.x(), b.rect.top() + DrawingLayout::Header / 2);
    // Lanes are counted from the pair in id order, so both directions
    // between two boxes keep apart.
    const QPointF along = a.id < b.id ? pb - pa : pa - pb;
    const qreal length = std::hypot(along.x(), along.y());
    const QPointF side = length > 0.5 ? QPointF(-along.y(), along.x()) / length : QPointF(0, 0);
    pa += side * offset;
    pb += side * offset;
    Leg leg{aHolds ? pa : leave(a.rect, pa, pb), bHolds ? pb : leave(b.rect, pb, pa), std::nullopt};
    bool blocked = false;
    for (const auto &[id, card] : cards)
        if (id != a.id && id != b.id && !card.contains(pa) && !card.contains(pb) &&
            runsThrough(card.adjusted(5, 5, -5, -5), leg.from, leg.to)) {
            blocked = true;
            break;
        }
    if (blocked) {
        // Swing out to the lane's own side: a straight line through another
        // card would read as a hop there.
        const qreal swing = 2 * (BowOut + std::abs(offset) * 1.5) * (offset < 0 ? -1 : 1);
        const QPointF bend = (pa + pb) / 2 + side * swing;
        leg = {aHolds ? pa : leave(a.rect, pa, bend), bHolds ? pb : leave(b.rect, pb, bend), bend};
    }
    return leg;
}

QString pairKey(const ElementId &a, const ElementId &b)
{
    return a < b ? a + u'\n' + b : b + u'\n' + a;
}

QList<QColor> coloursOf(const FlowBundle &bundle, const DrawingTheme &theme)
{
    if (bundle.cannotWork)
        return {FlowBundles::cannotWorkColor(theme.dark)};
    QList<QColor> colours;
    for (Audience a : bundle.audiences)
        colours.append(FlowBundles::audienceColor(a, theme.dark));
    return colours;
}

// Where nothing may be covered by a label: cards, zone title bands and
// the labels placed before.
class Crowding
{
public:
    void add(const QRectF &r) { m_taken.append(r); }
    qreal overlap(const QRectF &r) const
    {
        qreal area = 0;
        for (const QRectF &t : m_taken) {
            const QRectF common = t.intersected(r);
            area += common.width() * common.height();
        }
        return area;
    }

private:
    QList<QRectF> m_taken;
};

} // namespace

QList<FlowDrawing::Path> FlowDrawing::layout(const Project &project, const FlowList &flows,
                                             const DrawingLayout &layout)
{
    QList<QPair<ElementId, QRectF>> cards;
    Crowding crowding;
    for (auto it = layout.rects().cbegin(); it != layout.rects().cend(); ++it) {
        if (project.zone(it.key())) {
            crowding.add(QRectF(it->left(), it->top(), it->width(), DrawingLayout::Header));
        } else {
            cards.append({it.key(), *it});
            crowding.add(it->adjusted(-2, -2 - 2 * ElementPainter::StackOffset, 2, 2));
        }
    }
    // The labels of the drawn connections (client uses, listeners, links)
    // sit at their lines' middles (ElementPainter::paintConnection).
    const QFontMetricsF connectionMetrics(labelFont());
    for (const DrawingConnection &c : ElementPainter::connections(project))
        if (!c.label.isEmpty() && layout.contains(c.from) && layout.contains(c.to)) {
            const QPointF middle = ElementPainter::edgeLine(layout.rect(c.from), layout.rect(c.to)).center();
            const QSizeF size(connectionMetrics.horizontalAdvance(c.label) + 8,
                              connectionMetrics.height() + 2);
            crowding.add(QRectF(middle - QPointF(size.width() / 2, size.height() / 2), size));
        }
    // QHash order is not stable between runs: the same drawing every time.
    std::sort(cards.begin(), cards.end(), [](const auto &x, const auto &y) { return x.first < y.first; });

    struct Chain
    {
        FlowBundle bundle;
        QList<End> ends;
    };
    QList<Chain> chains;
    QHash<QString, int> pairCount;
    for (FlowBundle &bundle : FlowBundles::bundle(flows)) {
        const auto source = endOf(project, layout, bundle.source);
        const auto destination = endOf(project, layout, bundle.destination);
        if (!source || !destination)
            continue;
        Chain chain{std::move(bundle), {*source}};
        for (const QString &hop : std::as_const(chain.bundle.hops))
            if (hop != source->id && hop != destination->id && layout.contains(hop) && !project.zone(hop))
                chain.ends.append(End{hop, layout.rect(hop)});
        chain.ends.append(*destination);
        for (qsizetype i = 1; i < chain.ends.size(); ++i)
            if (chain.ends[i - 1].id != chain.ends[i].id)
                pairCount[pairKey(chain.ends[i - 1].id, chain.ends[i].id)]++;
        chains.append(std::move(chain));
    }

    const QFontMetricsF metrics(labelFont());
    QHash<QString, int> pairUsed;
    QHash<ElementId, int> loops;
    QSet<QString> setLabels; // one label per member set and text
    QList<Path> paths;
    for (const Chain &chain : std::as_const(chains)) {
        Path path;
        path.bundle = chain.bundle;
        path.label = displayLine(chain.bundle.label());
        for (const End &e : chain.ends)
            if (e.hull && !path.hulls.contains(e.rect))
                path.hulls.append(e.rect);
        QList<Leg> legs;
        if (chain.ends.size() == 2 && chain.ends[0].id == chain.ends[1].id) {
            // From a box to itself: a loop on its right.
            const QRectF &r = chain.ends[0].rect;
            const qreal reach = 30 + 12 * loops[chain.ends[0].id]++;
            const QPointF out(r.right(), r.center().y() - 9), back(r.right(), r.center().y() + 9);
            path.line.moveTo(out);
            path.line.cubicTo(out + QPointF(reach, -reach / 1.5), back + QPointF(reach, reach / 1.5), back);
            path.arrow = QLineF(path.line.pointAtPercent(0.9), back);
            legs.append({out + QPointF(reach * 0.75, 0), out + QPointF(reach * 0.75, 18), std::nullopt});
        } else {
            for (qsizetype i = 1; i < chain.ends.size(); ++i) {
                const End &a = chain.ends[i - 1];
                const End &b = chain.ends[i];
                if (a.id == b.id)
                    continue;
                const QString key = pairKey(a.id, b.id);
                const qreal lane = pairUsed[key]++ - (pairCount.value(key) - 1) / 2.0;
                const Leg leg = legBetween(a, b, lane * LaneGap, cards);
                path.line.moveTo(leg.from);
                if (leg.bend)
                    path.line.quadTo(*leg.bend, leg.to);
                else
                    path.line.lineTo(leg.to);
                legs.append(leg);
            }
            if (legs.isEmpty())
                continue;
            path.arrow = QLineF(legs.last().bend ? legs.last().at(0.9) : legs.last().from, legs.last().to);
        }

        const bool withinSet = (chain.bundle.source.isMemberSet() &&
                                chain.bundle.source.members.contains(chain.bundle.destination.id)) ||
                               (chain.bundle.destination.isMemberSet() &&
                                chain.bundle.destination.members.contains(chain.bundle.source.id));
        const QString setKey =
            (chain.bundle.source.isMemberSet() ? chain.bundle.source.id : chain.bundle.destination.id) +
            u'\n' + path.label;
        if (!path.label.isEmpty() && !(withinSet && setLabels.contains(setKey))) {
            if (withinSet)
                setLabels.insert(setKey);
            // The longest stretch first, then the others; along each, the
            // middle first. The first free place wins, else the least covered.
            QList<const Leg *> order;
            for (const Leg &l : std::as_const(legs))
                order.append(&l);
            std::stable_sort(order.begin(), order.end(),
                             [](const Leg *x, const Leg *y) { return x->reach() > y->reach(); });
            const QSizeF size(metrics.horizontalAdvance(path.label) + 8, metrics.height() + 2);
            QRectF best;
            qreal bestCover = -1;
            for (const Leg *leg : std::as_const(order)) {
                for (qreal t : {0.5, 0.36, 0.64, 0.25, 0.75, 0.15, 0.85}) {
                    const QRectF place(leg->at(t) - QPointF(size.width() / 2, size.height() / 2), size);
                    const qreal cover = crowding.overlap(place);
                    if (bestCover < 0 || cover < bestCover) {
                        best = place;
                        bestCover = cover;
                    }
                    if (cover == 0)
                        break;
                }
                if (bestCover == 0)
                    break;
            }
            path.labelRect = best;
            crowding.add(best.adjusted(-1, -1, 1, 1));
        }
        paths.append(std::move(path));
    }
    return paths;
}

void FlowDrawing::paint(QPainter *p, const QList<Path> &paths, const DrawingTheme &theme)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    QList<QRectF> framed;
    for (const Path &path : paths) {
        const QList<QColor> colours = coloursOf(path.bundle, theme);
        if (colours.isEmpty())
            continue;
        p->setBrush(Qt::NoBrush);
        p->strokePath(path.line,
                      QPen(colours.first(), LineWidth, path.bundle.cannotWork ? Qt::DashLine : Qt::SolidLine,
                           path.bundle.cannotWork ? Qt::FlatCap : Qt::RoundCap, Qt::RoundJoin));
        // Several audiences on one path: the others as dashes over the first.
        for (qsizetype i = 1; i < colours.size(); ++i) {
            QPen dashes(colours[i], LineWidth, Qt::CustomDashLine, Qt::FlatCap);
            dashes.setDashPattern({3, 3.0 * qreal(colours.size() - 1)});
            dashes.setDashOffset(-3.0 * qreal(i - 1));
            p->strokePath(path.line, dashes);
        }
        if (path.arrow.length() > 0.1) {
            // Screen coordinates both ways: no sign to flip.
            const qreal angle = std::atan2(path.arrow.dy(), path.arrow.dx());
            const QPointF tip = path.arrow.p2();
            auto wing = [&](qreal spread) {
                return tip - HeadSize * QPointF(std::cos(angle + spread), std::sin(angle + spread));
            };
            p->setPen(Qt::NoPen);
            p->setBrush(colours.first());
            p->drawPolygon(QPolygonF({tip, wing(0.42), wing(-0.42)}));
        }
        for (const QRectF &hull : path.hulls) {
            if (framed.contains(hull))
                continue; // many paths share one set's frame
            framed.append(hull);
            p->setBrush(Qt::NoBrush);
            p->setPen(QPen(colours.first(), 1.2, Qt::DashLine));
            p->drawRoundedRect(hull, 8, 8);
        }
    }
    // Labels last: no line runs over one.
    p->setFont(labelFont());
    for (const Path &path : paths) {
        if (path.labelRect.isEmpty() || path.bundle.audiences.isEmpty())
            continue;
        QColor fill = theme.background;
        fill.setAlphaF(0.94);
        p->setPen(QPen(FlowBundles::audienceColor(path.bundle.audiences.first(), theme.dark), 1.0));
        p->setBrush(fill);
        p->drawRoundedRect(path.labelRect, 4, 4);
        p->setPen(theme.text);
        p->drawText(path.labelRect, Qt::AlignCenter, path.label);
    }
    p->restore();
}

QString FlowDrawing::legendTitle()
{
    return tr("Flows:");
}

namespace {
constexpr qreal LegendRow = 20;
constexpr qreal LegendMargin = 8;
constexpr qreal Swatch = 24;
} // namespace

QSizeF FlowDrawing::legendSize()
{
    const QFontMetricsF bold(legendFont(true)), plain(legendFont(false));
    qreal width = LegendMargin + bold.horizontalAdvance(legendTitle()) + LegendMargin;
    for (Audience a : FlowBundles::drawnAudiences())
        width += Swatch + 4 + plain.horizontalAdvance(FlowBundles::audienceTitle(a)) + LegendMargin;
    return {width + LegendMargin, LegendRow + 8};
}

void FlowDrawing::paintLegend(QPainter *p, const QPointF &topLeft, const DrawingTheme &theme)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QRectF box(topLeft, legendSize());
    p->setPen(QPen(theme.elementBorder, 1));
    p->setBrush(theme.background);
    p->drawRoundedRect(box, 5, 5);
    const qreal mid = box.top() + box.height() / 2;
    qreal x = box.left() + LegendMargin;
    auto text = [&](const QString &s, bool bold) {
        const QFont f = legendFont(bold);
        p->setFont(f);
        p->setPen(theme.text);
        const qreal w = QFontMetricsF(f).horizontalAdvance(s);
        p->drawText(QRectF(x, box.top(), w + 2, box.height()), Qt::AlignLeft | Qt::AlignVCenter, s);
        x += w + LegendMargin;
    };
    text(legendTitle(), true);
    for (Audience a : FlowBundles::drawnAudiences()) {
        const QColor c = FlowBundles::audienceColor(a, theme.dark);
        p->setPen(QPen(c, 2.5, Qt::SolidLine, Qt::RoundCap));
        p->drawLine(QPointF(x, mid), QPointF(x + Swatch - 7, mid));
        p->setPen(Qt::NoPen);
        p->setBrush(c);
        const QPointF tip(x + Swatch, mid);
        p->drawPolygon(QPolygonF({tip, tip + QPointF(-8, -4.5), tip + QPointF(-8, 4.5)}));
        x += Swatch + 4;
        text(FlowBundles::audienceTitle(a), false);
    }
    p->restore();
}

QRectF FlowDrawing::bounds(const QList<Path> &paths)
{
    QRectF all;
    for (const Path &path : paths) {
        all |= path.line.boundingRect().adjusted(-HeadSize, -HeadSize, HeadSize, HeadSize);
        all |= path.labelRect;
        for (const QRectF &hull : path.hulls)
            all |= hull;
    }
    return all;
}

} // namespace portolan
