#include "flowpathitem.h"

#include "flowlayer.h"

#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPainterPathStroker>

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

constexpr qreal ArrowSize = 9;

} // namespace

QPainterPath FlowPathItem::Segment::path() const
{
    QPainterPath p(line.p1());
    if (control)
        p.quadTo(*control, line.p2());
    else
        p.lineTo(line.p2());
    return p;
}

FlowPathItem::FlowPathItem(FlowLayer *layer, FlowBundle bundle)
    : m_layer(layer), m_bundle(std::move(bundle)), m_keys(m_bundle.keys()), m_label(m_bundle.label())
{
    setAcceptHoverEvents(true);
    setZValue(20);
    setToolTip(m_layer->toolTipFor(m_bundle));
}

void FlowPathItem::setGeometry(const QList<Segment> &segments, const QPainterPath &loop,
                               const QList<QRectF> &memberHulls)
{
    prepareGeometryChange();
    m_segments = segments;
    m_loop = loop;
    m_memberHulls = memberHulls;
    placeLabel(-1);
}

void FlowPathItem::placeLabel(qreal at)
{
    // The label sits on the longest piece, where it has most room; parallel
    // bundles carry different `labelAt` so their labels do not stack.
    prepareGeometryChange();
    QPointF anchor;
    if (!m_loop.isEmpty()) {
        anchor = m_loop.pointAtPercent(0.5);
    } else if (!m_segments.isEmpty()) {
        const Segment *longest = &m_segments.first();
        for (const Segment &s : m_segments)
            if (s.line.length() > longest->line.length())
                longest = &s;
        anchor = longest->path().pointAtPercent(at < 0 ? longest->labelAt : at);
    }
    const QFontMetricsF fm(labelFont());
    const QSizeF size(fm.horizontalAdvance(m_label) + 8, fm.height() + 2);
    m_labelRect = QRectF(anchor - QPointF(size.width() / 2, size.height() / 2), size);
}

void FlowPathItem::setLabelShown(bool shown)
{
    prepareGeometryChange();
    m_labelShown = shown;
}

void FlowPathItem::setHighlight(bool highlighted, bool dimmed, const QList<Tag> &tags)
{
    prepareGeometryChange();
    m_highlighted = highlighted;
    m_dimmed = dimmed;
    m_tags = tags;
    setZValue(highlighted ? 25 : 20);
    update();
}

QPainterPath FlowPathItem::linePath() const
{
    QPainterPath path = m_loop;
    for (const Segment &s : m_segments)
        path.addPath(s.path());
    return path;
}

QRectF FlowPathItem::tagRect(const Tag &tag) const
{
    const QFontMetricsF fm(labelFont());
    const QRectF text = fm.boundingRect(QRectF(0, 0, 400, 200), Qt::AlignLeft, tag.text);
    return QRectF(tag.at + QPointF(6, 4), text.size() + QSizeF(8, 4));
}

QRectF FlowPathItem::boundingRect() const
{
    QRectF r = linePath().boundingRect().adjusted(-ArrowSize, -ArrowSize, ArrowSize, ArrowSize);
    r |= m_labelRect.adjusted(-2, -2, 2, 2);
    for (const QRectF &hull : m_memberHulls)
        r |= hull.adjusted(-2, -2, 2, 2);
    for (const Tag &tag : m_tags)
        r |= tagRect(tag).adjusted(-2, -2, 2, 2);
    return r;
}

QPainterPath FlowPathItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(9);
    QPainterPath s = stroker.createStroke(linePath());
    if (m_labelShown)
        s.addRect(m_labelRect);
    return s;
}

void FlowPathItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const DrawingTheme &theme = m_layer->theme();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal alpha = m_dimmed ? 0.22 : 1.0;
    const qreal width = m_highlighted ? 3.5 : (m_hovered ? 2.6 : 1.7);
    QList<QColor> colors;
    for (Audience a : m_bundle.audiences) {
        QColor c = FlowBundles::audienceColor(a, theme.dark);
        c.setAlphaF(alpha);
        colors.append(c);
    }
    if (colors.isEmpty())
        return;
    const QPainterPath path = linePath();
    if (m_highlighted) {
        // A soft halo in the selection colour makes the whole path stand out.
        QColor halo = theme.selection;
        halo.setAlphaF(0.28);
        painter->strokePath(path, QPen(halo, width + 6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    }
    painter->strokePath(path, QPen(colors.first(), width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
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
        const QPointF a = tip - QPointF(std::cos(angle - M_PI / 7) * size, -std::sin(angle - M_PI / 7) * size);
        const QPointF b = tip - QPointF(std::cos(angle + M_PI / 7) * size, -std::sin(angle + M_PI / 7) * size);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colors.first());
        painter->drawPolygon(QPolygonF({tip, a, b}));
    }
    // A member set: a dashed hull around the nodes it stands for.
    for (const QRectF &hull : m_memberHulls) {
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(colors.first(), 1.2, Qt::DashLine));
        painter->drawRoundedRect(hull, 8, 8);
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
