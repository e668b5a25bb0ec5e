#include "flowpathitem.h"

#include "flowlayer.h"

#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

QFont labelFont()
{
    QFont f;
    f.setPointSizeF(7.5);
    return f;
}

// Measuring is the costly part of a label: one metrics object for all.
const QFontMetricsF &labelMetrics()
{
    static const QFontMetricsF metrics(labelFont());
    return metrics;
}

QSizeF labelSizeOf(const QString &label)
{
    return {labelMetrics().horizontalAdvance(label) + 8, labelMetrics().height() + 2};
}

constexpr qreal ArrowSize = 9;

bool withinMemberSet(const FlowBundle &b)
{
    return (b.source.isMemberSet() && b.source.members.contains(b.destination.id)) ||
           (b.destination.isMemberSet() && b.destination.members.contains(b.source.id));
}

} // namespace

FlowPathItem::FlowPathItem(FlowLayer *layer, FlowBundle bundle)
    : m_layer(layer), m_bundle(std::move(bundle)), m_keys(m_bundle.keys()), m_label(m_bundle.label()),
      m_labelSize(labelSizeOf(m_label)), m_withinSet(withinMemberSet(m_bundle))
{
    setAcceptHoverEvents(true);
    setZValue(20);
    // For the exposed rect in paint(): a long path's bounds cover much of
    // the drawing, so most repaints touch it without touching its line.
    setFlag(ItemUsesExtendedStyleOption);
}

void FlowPathItem::ensureToolTip()
{
    if (m_toolTipWritten)
        return;
    setToolTip(m_layer->toolTipFor(m_bundle));
    m_toolTipWritten = true;
}

QString FlowPathItem::toolTipText()
{
    ensureToolTip();
    return toolTip();
}

FlowPathItem::BundleChange FlowPathItem::setBundle(FlowBundle bundle)
{
    const bool ends = bundle.source.members != m_bundle.source.members ||
                      bundle.destination.members != m_bundle.destination.members ||
                      bundle.hops != m_bundle.hops;
    if (!ends && bundle.flows == m_bundle.flows && bundle.source == m_bundle.source &&
        bundle.destination == m_bundle.destination)
        return BundleChange::None;
    const bool recolour = bundle.audiences != m_bundle.audiences;
    const QString oldLabel = m_label;
    m_bundle = std::move(bundle);
    m_keys = m_bundle.keys();
    m_label = m_bundle.label();
    if (m_label != oldLabel) // an address edit keeps the ports: no measuring
        m_labelSize = labelSizeOf(m_label);
    m_withinSet = withinMemberSet(m_bundle);
    if (m_toolTipWritten) {
        setToolTip({});
        m_toolTipWritten = false;
    }
    // The label may have grown or shrunk around the same anchor. Only the
    // label is repainted unless the colours changed: a member set's path
    // spans a whole region, and repainting all of it for a port number was
    // most of an update's painting.
    const QRectF before = m_labelRect;
    const QRectF label(m_labelRect.center() - QPointF(m_labelSize.width() / 2, m_labelSize.height() / 2),
                       m_labelSize);
    if (!m_labelRect.isNull() && label != m_labelRect) {
        m_labelRect = label;
        refreshBounds();
    }
    if (recolour || m_highlighted || ends) {
        update();
    } else if (m_label != oldLabel) { // else the picture is the same (an address in a tooltip changed)
        update(before.adjusted(-2, -2, 2, 2));
        update(m_labelRect.adjusted(-2, -2, 2, 2));
    }
    return ends ? BundleChange::Ends : BundleChange::Flows;
}

QString FlowPathItem::memberSetLabelKey() const
{
    return (m_bundle.source.isMemberSet() ? m_bundle.source.id : m_bundle.destination.id) + u'|' + m_label;
}

void FlowPathItem::setGeometry(const QList<Segment> &segments, const QPainterPath &loop,
                               const QList<QRectF> &memberHulls, const QList<bool> &drawnHulls)
{
    const QList<bool> drawn = drawnHulls.isEmpty() ? QList<bool>(memberHulls.size(), true) : drawnHulls;
    if (drawn != m_drawnHulls) {
        m_drawnHulls = drawn;
        update();
    }
    if (segments != m_segments || loop != m_loop || memberHulls != m_memberHulls) {
        m_segments = segments;
        m_loop = loop;
        m_memberHulls = memberHulls;
        QPainterPath path = m_loop;
        for (const Segment &s : m_segments)
            path.addPath(s.path());
        m_linePath = path;
        m_stroke.reset();
        m_labelRect = labelRectAt(-1);
        refreshBounds();
        update();
    }
}

QRectF FlowPathItem::labelRectAt(qreal at) const
{
    // The label sits on the longest piece, where it has most room; parallel
    // bundles carry different `labelAt` so their labels do not stack.
    QPointF anchor;
    if (!m_loop.isEmpty()) {
        anchor = m_loop.pointAtPercent(0.5);
    } else if (!m_segments.isEmpty()) {
        const Segment *longest = &m_segments.first();
        for (const Segment &s : m_segments)
            if (s.line.length() > longest->line.length())
                longest = &s;
        const qreal t = at < 0 ? longest->labelAt : at;
        anchor = longest->pointAt(t);
    }
    return QRectF(anchor - QPointF(m_labelSize.width() / 2, m_labelSize.height() / 2), m_labelSize);
}

void FlowPathItem::placeLabel(qreal at)
{
    setLabelRect(labelRectAt(at));
}

void FlowPathItem::setLabelRect(const QRectF &rect)
{
    if (rect == m_labelRect)
        return;
    const QRectF before = m_labelRect;
    m_labelRect = rect;
    refreshBounds();
    update(before.adjusted(-2, -2, 2, 2));
    update(m_labelRect.adjusted(-2, -2, 2, 2));
}

void FlowPathItem::setLabelShown(bool shown)
{
    if (shown == m_labelShown)
        return;
    m_labelShown = shown; // the bounds hold the label either way
    update(m_labelRect.adjusted(-2, -2, 2, 2));
}

void FlowPathItem::setHighlight(bool highlighted, bool dimmed, const QList<Tag> &tags)
{
    if (highlighted == m_highlighted && dimmed == m_dimmed && tags == m_tags)
        return;
    const bool tagsChanged = tags != m_tags;
    m_highlighted = highlighted;
    m_dimmed = dimmed;
    m_tags = tags;
    setZValue(highlighted ? 25 : 20);
    if (tagsChanged)
        refreshBounds();
    update();
}

QRectF FlowPathItem::tagRect(const Tag &tag) const
{
    const QRectF text = labelMetrics().boundingRect(QRectF(0, 0, 400, 200), Qt::AlignLeft, tag.text);
    return QRectF(tag.at + QPointF(6, 4), text.size() + QSizeF(8, 4));
}

void FlowPathItem::refreshBounds()
{
    QRectF r = m_linePath.boundingRect().adjusted(-ArrowSize, -ArrowSize, ArrowSize, ArrowSize);
    r |= m_labelRect.adjusted(-2, -2, 2, 2);
    for (const QRectF &hull : m_memberHulls)
        r |= hull.adjusted(-2, -2, 2, 2);
    for (const Tag &tag : m_tags)
        r |= tagRect(tag).adjusted(-2, -2, 2, 2);
    if (r != m_bounds) {
        prepareGeometryChange();
        m_bounds = r;
    }
}

QRectF FlowPathItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath FlowPathItem::shape() const
{
    // Asked for every hover and click over the path's bounds, which at a
    // large zoom-out cover most of the canvas: stroke the line once.
    if (!m_stroke) {
        QPainterPathStroker stroker;
        stroker.setWidth(9);
        m_stroke = stroker.createStroke(m_linePath);
    }
    QPainterPath s = *m_stroke;
    if (m_labelShown)
        s.addRect(m_labelRect);
    return s;
}

bool FlowPathItem::touches(const QRectF &area) const
{
    if (m_labelRect.intersects(area))
        return true;
    for (qsizetype i = 0; i < m_memberHulls.size(); ++i) {
        // A frame, not a filled box: an area well inside it misses it.
        const QRectF &hull = m_memberHulls[i];
        if ((m_drawnHulls.value(i, true) || m_highlighted || m_hovered) && hull.intersects(area) &&
            !hull.adjusted(3, 3, -3, -3).contains(area))
            return true;
    }
    for (const Tag &tag : m_tags)
        if (tagRect(tag).intersects(area))
            return true;
    if (!m_loop.isEmpty() && m_loop.controlPointRect().intersects(area))
        return true;
    for (const Segment &s : m_segments) {
        if (s.control) {
            // A bow stays inside the triangle of its ends and control point.
            if (QPolygonF({s.line.p1(), *s.control, s.line.p2()}).boundingRect().intersects(area))
                return true;
            continue;
        }
        if (area.contains(s.line.p1()) || area.contains(s.line.p2()))
            return true;
        if (!QRectF(s.line.p1(), s.line.p2()).normalized().intersects(area))
            continue;
        if (crossesBorder(s.line, area))
            return true;
    }
    return false;
}

void FlowPathItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    // The arrow's width and head reach this far beyond the line.
    if (!touches(option->exposedRect.adjusted(-ArrowSize - 4, -ArrowSize - 4, ArrowSize + 4, ArrowSize + 4)))
        return;
    const DrawingTheme &theme = m_layer->theme();
    // Level of detail: zoomed far out (a 1,000-node drawing fitted to the
    // window is at about 10 %), a 7.5 pt label is a pixel high and a 1.7
    // unit line a fraction of one. Hairlines without antialiasing and no
    // labels then: the picture is the same, and painting it is many times
    // cheaper. Highlighted and hovered paths keep every detail.
    const qreal lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    const bool coarse = lod < CoarseDetail && !m_highlighted && !m_hovered;
    painter->setRenderHint(QPainter::Antialiasing, !coarse);
    const qreal alpha = m_dimmed ? 0.22 : 1.0;
    const qreal width = m_highlighted ? 3.5 : (m_hovered ? 2.6 : 1.7);
    QList<QColor> colors;
    for (Audience a : m_bundle.audiences) {
        QColor c = FlowBundles::audienceColor(a, theme.dark);
        c.setAlphaF(alpha);
        colors.append(c);
    }
    if (m_bundle.cannotWork) {
        QColor c = FlowBundles::cannotWorkColor(theme.dark);
        c.setAlphaF(alpha);
        colors = {c};
    }
    if (colors.isEmpty())
        return;
    const QPainterPath &path = m_linePath;
    if (coarse) {
        // Paler, as the thin antialiased line it stands for would be; mixed
        // with the background rather than translucent, which would take
        // the rasterizer's blending path (five times slower here).
        const QColor c = colors.first();
        const QColor &bg = theme.background;
        const qreal a = 0.5 * c.alphaF();
        const QColor thin = QColor::fromRgbF(float(c.redF() * a + bg.redF() * (1 - a)),
                                             float(c.greenF() * a + bg.greenF() * (1 - a)),
                                             float(c.blueF() * a + bg.blueF() * (1 - a)));
        QPen hairline(thin, 0); // cosmetic: one pixel at any zoom
        painter->setPen(hairline);
        painter->setBrush(Qt::NoBrush);
        for (const Segment &s : m_segments)
            if (s.control)
                painter->drawPath(s.path());
            else
                painter->drawLine(s.line);
        if (!m_loop.isEmpty())
            painter->drawPath(m_loop);
        painter->setPen(QPen(c, 0, Qt::DashLine));
        for (qsizetype i = 0; i < m_memberHulls.size(); ++i)
            if (m_drawnHulls.value(i, true))
                painter->drawRect(m_memberHulls[i]);
        return;
    }
    if (m_highlighted) {
        // A soft halo in the selection colour makes the whole path stand out.
        QColor halo = theme.selection;
        halo.setAlphaF(0.28);
        painter->strokePath(path, QPen(halo, width + 6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    }
    painter->strokePath(path, QPen(colors.first(), width, m_bundle.cannotWork ? Qt::DashLine : Qt::SolidLine,
                                   m_bundle.cannotWork ? Qt::FlatCap : Qt::RoundCap, Qt::RoundJoin));
    // A bundle of several audiences is striped: each further colour dashes
    // over the first at its own offset.
    for (qsizetype i = 1; i < colors.size(); ++i) {
        QPen dash(colors[i], width, Qt::CustomDashLine, Qt::FlatCap);
        dash.setDashPattern({3, 3.0 * qreal(colors.size() - 1)});
        dash.setDashOffset(-3.0 * qreal(i - 1));
        painter->strokePath(path, dash);
    }
    // Arrowhead where the flow arrives.
    QLineF last;
    if (!m_segments.isEmpty()) {
        const QPainterPath p = m_segments.last().path();
        last = m_segments.last().control ? QLineF(p.pointAtPercent(0.9), p.pointAtPercent(1.0))
                                         : m_segments.last().line;
    } else if (!m_loop.isEmpty()) {
        last = QLineF(m_loop.pointAtPercent(0.92), m_loop.pointAtPercent(1.0));
    }
    if (last.length() > 0.1) {
        const qreal angle = std::atan2(-last.dy(), last.dx());
        const qreal size = ArrowSize + (m_highlighted ? 2 : 0);
        const QPointF tip = last.p2();
        const QPointF a =
            tip - QPointF(std::cos(angle - M_PI / 7) * size, -std::sin(angle - M_PI / 7) * size);
        const QPointF b =
            tip - QPointF(std::cos(angle + M_PI / 7) * size, -std::sin(angle + M_PI / 7) * size);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colors.first());
        painter->drawPolygon(QPolygonF({tip, a, b}));
    }
    // A member set: a dashed hull around the nodes it stands for.
    for (qsizetype i = 0; i < m_memberHulls.size(); ++i) {
        if (!m_drawnHulls.value(i, true) && !m_highlighted && !m_hovered)
            continue;
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(colors.first(), 1.2, Qt::DashLine));
        painter->drawRoundedRect(m_memberHulls[i], 8, 8);
    }
    painter->setFont(labelFont());
    if (!m_labelRect.isEmpty() && (m_labelShown || m_highlighted || m_hovered)) {
        QColor fill = theme.background;
        fill.setAlphaF(m_dimmed ? 0.4 : 0.92);
        QColor border = colors.first();
        painter->setPen(QPen(border, m_highlighted ? 1.6 : 1.0));
        painter->setBrush(fill);
        painter->drawRoundedRect(m_labelRect, 4, 4);
        QColor text = theme.text;
        text.setAlphaF(m_dimmed ? 0.35 : 1.0);
        painter->setPen(text);
        painter->drawText(m_labelRect, Qt::AlignCenter, m_label);
    }
    for (const Tag &tag : m_tags) {
        const QRectF r = tagRect(tag);
        painter->setPen(Qt::NoPen);
        painter->setBrush(theme.selection);
        painter->drawRoundedRect(r, 3, 3);
        painter->setPen(Qt::white);
        painter->drawText(r.adjusted(4, 2, -4, -2), Qt::AlignLeft | Qt::AlignVCenter, tag.text);
        painter->setBrush(theme.selection);
        painter->drawEllipse(tag.at, 3, 3);
    }
}

void FlowPathItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    // Accepting keeps the scene from clearing the element selection, so
    // "flows of the selected element" stays on while picking among them.
    event->accept();
    m_layer->select(m_keys, event->modifiers() & Qt::ControlModifier);
}

void FlowPathItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void FlowPathItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

} // namespace portolan
