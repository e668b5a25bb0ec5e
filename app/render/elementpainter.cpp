#include "elementpainter.h"

#include "iconlibrary.h"

#include "model/displayline.h"

#include <QPainter>
#include <QPainterPath>
#include <QtMath>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

QString joinAddresses(const QList<QHostAddress> &list)
{
    QStringList out;
    for (const QHostAddress &a : list)
        out.append(a.toString());
    return out.join(u", "_s);
}

void drawText(QPainter *p, const QRectF &r, const QString &text, const QFont &font, const QColor &color,
              Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter,
              Qt::TextElideMode elide = Qt::ElideRight)
{
    p->setFont(font);
    p->setPen(color);
    // Every name and label drawn is one display line: no control
    // characters, breaks or direction overrides reach a drawing.
    const QString elided = QFontMetricsF(font).elidedText(displayLine(text), elide, r.width());
    p->drawText(r, int(align), elided);
}

QFont baseFont(qreal pointSize, bool bold = false)
{
    QFont f(u"Sans Serif"_s);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

} // namespace

void ElementPainter::paintZone(QPainter *p, const QRectF &rect, const Zone &zone, const DrawingTheme &theme,
                               bool selected)
{
    p->save();
    const QRectF r = rect.adjusted(1, 1, -1, -1);
    p->setBrush(theme.zoneFill(zone.kind));
    QPen pen(selected ? theme.selection : theme.zoneBorder(zone.kind), selected ? 2.5 : 1.5);
    if (zone.kind == ZoneKind::Vpc || zone.kind == ZoneKind::Subnet)
        pen.setStyle(Qt::DashLine);
    p->setPen(pen);
    p->drawRoundedRect(r, 8, 8);
    IconLibrary::paint(p, IconLibrary::iconName(ElementKind::Zone, zone.kind),
                       QRectF(r.left() + 8, r.top() + 6, 18, 18));
    QStringList details;
    for (const Cidr &c : zone.cidrs)
        details.append(c.toString());
    const QString title = displayLine(zone.name.isEmpty() ? zone.id : zone.name);
    const QFont titleFont = baseFont(9.5, true);
    const qreal titleWidth = std::min(QFontMetricsF(titleFont).horizontalAdvance(title) + 4, r.width() - 40);
    drawText(p, QRectF(r.left() + 32, r.top() + 4, titleWidth, 22), title, titleFont, theme.text);
    const QRectF detailRect(r.left() + 40 + titleWidth, r.top() + 4, r.width() - titleWidth - 52, 22);
    if (detailRect.width() > 30)
        drawText(p, detailRect, details.join(u"  "_s), baseFont(8), theme.mutedText,
                 Qt::AlignRight | Qt::AlignVCenter);
    p->restore();
}

void ElementPainter::paintElement(QPainter *p, const QRectF &rect, const Project &project,
                                  const ElementId &id, const DrawingTheme &theme, bool selected)
{
    const auto kind = project.kindOf(id);
    if (!kind)
        return;
    QString title, subtitle;
    int count = 1;
    auto common = [&](const auto &e) { title = e.name.isEmpty() ? e.id : e.name; };
    if (const Node *n = project.node(id)) {
        common(*n);
        count = n->count;
        subtitle = n->addresses.isEmpty() ? n->id : joinAddresses(n->addresses);
    } else if (const LoadBalancer *lb = project.loadBalancer(id)) {
        common(*lb);
        subtitle = lb->addresses.isEmpty() ? tr("%n listener(s)", nullptr, int(lb->listeners.size()))
                                           : joinAddresses(lb->addresses);
    } else if (const NatLayer *nat = project.natLayer(id)) {
        common(*nat);
        subtitle = tr("NAT %1 → %2").arg(nat->inside, nat->outside);
    } else if (const Firewall *fw = project.firewall(id)) {
        common(*fw);
        subtitle = tr("firewall of %1").arg(fw->inside.join(u", "_s));
    } else if (const Client *c = project.client(id)) {
        common(*c);
        subtitle = clientRoleName(c->role);
    }

    title = displayLine(title);
    subtitle = displayLine(subtitle);
    p->save();
    const QRectF r = rect.adjusted(1, 1, -1, -1);
    const QPen border(selected ? theme.selection : theme.elementBorder, selected ? 2.5 : 1.2);
    if (count > 1) {
        // A node group: cards stacked behind, and the host count as a badge.
        p->setPen(QPen(theme.elementBorder, 1.2));
        p->setBrush(theme.elementFill);
        p->drawRoundedRect(r.translated(2 * StackOffset, -2 * StackOffset), 6, 6);
        p->drawRoundedRect(r.translated(StackOffset, -StackOffset), 6, 6);
    }
    // Level of detail: below this scale even the enlarged title is a couple
    // of pixels high and the icon a speck; the card alone shows where the
    // element is (its tooltip names it). A 1,000-node drawing fitted to the
    // window is at 10 %, where text was most of the cost of every repaint.
    const qreal lod = std::sqrt(std::abs(p->worldTransform().determinant()));
    if (lod < TinyDetail) {
        p->setPen(QPen(border.color(), 0)); // a hairline
        p->setBrush(theme.elementFill);
        p->drawRect(r);
        p->restore();
        return;
    }
    p->setPen(border);
    p->setBrush(theme.elementFill);
    p->drawRoundedRect(r, 6, 6);
    const qreal icon = std::min<qreal>(32, r.height() - 12);
    IconLibrary::paint(p, IconLibrary::iconName(*kind),
                       QRectF(r.left() + 10, r.center().y() - icon / 2, icon, icon));
    const qreal textLeft = r.left() + 18 + icon;
    const qreal badge = count > 1 ? 34 : 0;
    // Level of detail: zoomed out, 9 pt text is a grey smear and elides to
    // "Ko…". Draw the title alone, larger, over both lines, so the drawing
    // still names its boxes; the canvas shows the rest as a tooltip.
    // (The scale of the painter's transform; QStyleOptionGraphicsItem has the
    // same sum but lives in Widgets, which this library must not link.)
    if (lod < 0.6) {
        const QRectF area(textLeft, r.top() + 4, r.right() - textLeft - 6 - badge, r.height() - 8);
        QFont f = baseFont(std::min(9 / std::max(lod, 0.2) * 0.6, 15.0), true);
        // Shrink until the wrapped title fits, down to the normal size.
        const int flags = Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap;
        while (f.pointSizeF() > 9 &&
               QFontMetricsF(f).boundingRect(area, flags, title).height() > area.height())
            f.setPointSizeF(f.pointSizeF() - 1);
        p->setFont(f);
        p->setPen(theme.text);
        p->drawText(area, flags, title);
    } else {
        const QRectF titleRect(textLeft, r.top() + 8, r.right() - textLeft - 8 - badge, 20);
        const QRectF bothLines(textLeft, r.top() + 5, titleRect.width(), r.height() - 10);
        const int wrap = Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap;
        QFont titleFont = baseFont(9, true);
        if (QFontMetricsF(titleFont).horizontalAdvance(title) > titleRect.width())
            titleFont.setPointSizeF(8); // a little smaller often saves the whole name
        if (QFontMetricsF(titleFont).horizontalAdvance(title) <= titleRect.width() ||
            QFontMetricsF(titleFont).boundingRect(bothLines, wrap, title).height() > bothLines.height()) {
            drawText(p, titleRect, title, titleFont, theme.text);
            // Addresses and ids differ at their end ("…10.0.2.11"): elide the middle.
            drawText(p, QRectF(textLeft, r.top() + 28, r.right() - textLeft - 8, 18), subtitle, baseFont(8),
                     theme.mutedText, Qt::AlignLeft | Qt::AlignVCenter, Qt::ElideMiddle);
        } else {
            // A long name wins over the detail line: "Kong Gateway nodes" on
            // two lines reads better than "Kong Gate…" over an address.
            p->setFont(titleFont);
            p->setPen(theme.text);
            p->drawText(bothLines, wrap, title);
        }
    }
    if (count > 1) {
        const QRectF b(r.right() - badge - 4, r.top() + 8, badge, 18);
        p->setPen(Qt::NoPen);
        p->setBrush(theme.selection);
        p->drawRoundedRect(b, 9, 9);
        drawText(p, b, u"×"_s + QString::number(count), baseFont(8, true), Qt::white, Qt::AlignCenter);
    }
    p->restore();
}

void ElementPainter::paintConnection(QPainter *p, const QLineF &line, DrawingConnection::Kind kind,
                                     const QString &label, const DrawingTheme &theme, bool selected)
{
    using K = DrawingConnection::Kind;
    QColor color = theme.connection;
    Qt::PenStyle style = Qt::SolidLine;
    bool arrow = true;
    switch (kind) {
    case K::Link:
        color = theme.link;
        style = Qt::DashLine;
        arrow = false;
        break;
    case K::ClientUse:
        color = theme.clientUse;
        break;
    case K::Listener:
        color = theme.listener;
        break;
    case K::NatInside:
    case K::FirewallInside:
        style = Qt::DotLine;
        arrow = false;
        break;
    }
    if (selected)
        color = theme.selection;
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QPen(color, selected ? 2.5 : 1.6, style, Qt::RoundCap));
    p->drawLine(line);
    if (arrow && line.length() > 12) {
        const qreal angle = qDegreesToRadians(line.angle());
        const QPointF tip = line.p2();
        auto wing = [&](qreal delta) {
            return tip - QPointF(std::cos(angle + delta) * 10, -std::sin(angle + delta) * 10);
        };
        QPainterPath head;
        head.moveTo(tip);
        head.lineTo(wing(0.45));
        head.lineTo(wing(-0.45));
        head.closeSubpath();
        p->setPen(Qt::NoPen);
        p->setBrush(color);
        p->drawPath(head);
    }
    if (!label.isEmpty()) {
        const QFont f = baseFont(7.5);
        const QRectF box = QFontMetricsF(f).boundingRect(label).adjusted(-4, -1, 4, 1);
        const QRectF at(line.center() - box.center(), box.size());
        p->setPen(Qt::NoPen);
        p->setBrush(theme.background);
        p->drawRoundedRect(at, 3, 3);
        drawText(p, at, label, f, color, Qt::AlignCenter);
    }
    p->restore();
}

QList<DrawingConnection> ElementPainter::connections(const Project &project)
{
    using K = DrawingConnection::Kind;
    QList<DrawingConnection> out;
    for (const Link &l : project.links)
        out.append({K::Link, l.a, l.b, l.id, l.name.isEmpty() ? linkKindName(l.kind).toUpper() : l.name});
    for (const LoadBalancer &lb : project.loadBalancers)
        for (int i = 0; i < lb.listeners.size(); ++i) {
            const Listener &l = lb.listeners[i];
            out.append({K::Listener, lb.id, l.targetNode, lb.id,
                        protocolName(l.protocol) + u'/' + QString::number(l.port), i});
        }
    for (const Client &c : project.clients)
        for (int i = 0; i < c.uses.size(); ++i)
            out.append({K::ClientUse, c.id, c.uses[i].target, c.id, c.uses[i].port, i});
    return out;
}

QLineF ElementPainter::edgeLine(const QRectF &a, const QRectF &b)
{
    const QLineF centres(a.center(), b.center());
    auto clip = [&](const QRectF &r, bool fromStart) {
        const QPointF inside = fromStart ? centres.p1() : centres.p2();
        const QList<QLineF> edges = {QLineF(r.topLeft(), r.topRight()), QLineF(r.topRight(), r.bottomRight()),
                                     QLineF(r.bottomRight(), r.bottomLeft()),
                                     QLineF(r.bottomLeft(), r.topLeft())};
        for (const QLineF &e : edges) {
            QPointF hit;
            if (centres.intersects(e, &hit) == QLineF::BoundedIntersection)
                return hit;
        }
        return inside;
    };
    return QLineF(clip(a, true), clip(b, false));
}

} // namespace portolan
