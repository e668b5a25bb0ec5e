#include "flowlegend.h"

#include "render/flowbundles.h"

#include <QPainter>

namespace portolan {

namespace {
constexpr int Row = 17;
constexpr int Margin = 8;
constexpr int Swatch = 22;
} // namespace

FlowLegend::FlowLegend(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("FlowLegend"));
    // Clicks go through to the canvas: the legend is a picture, not a control.
    setAttribute(Qt::WA_TransparentForMouseEvents);
    resize(sizeHint());
}

void FlowLegend::setState(const QList<Audience> &hidden, bool dark)
{
    m_hidden = hidden;
    m_dark = dark;
    update();
}

// One row along the bottom of the canvas: it hides less of the drawing
// than a block in a corner.
QSize FlowLegend::sizeHint() const
{
    QFont bold = font();
    bold.setBold(true);
    int width = QFontMetrics(bold).horizontalAdvance(tr("Flows:")) + Margin;
    for (Audience a : FlowBundles::drawnAudiences())
        width += Swatch + 4 + fontMetrics().horizontalAdvance(FlowBundles::audienceTitle(a)) + Margin;
    width += Swatch + 4 + fontMetrics().horizontalAdvance(cannotWorkTitle()) + Margin;
    return QSize(width + Margin, Row + 8);
}

void FlowLegend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QColor fill = palette().color(QPalette::Base);
    fill.setAlphaF(0.88);
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.setBrush(fill);
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(palette().color(QPalette::Text));
    const int y = 4;
    int x = Margin;
    const QString title = tr("Flows:");
    p.drawText(QRect(x, y, width(), Row), Qt::AlignLeft | Qt::AlignVCenter, title);
    x += QFontMetrics(bold).horizontalAdvance(title) + Margin;
    for (Audience a : FlowBundles::drawnAudiences()) {
        const bool hidden = m_hidden.contains(a);
        QColor c = FlowBundles::audienceColor(a, m_dark);
        QColor text = palette().color(QPalette::Text);
        if (hidden) {
            c.setAlphaF(0.25);
            text.setAlphaF(0.45);
        }
        const qreal mid = y + Row / 2.0;
        p.setPen(QPen(c, 2.5, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(x, mid), QPointF(x + Swatch - 6, mid));
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        const QPointF tip(x + Swatch, mid);
        p.drawPolygon(QPolygonF({tip, tip + QPointF(-7, -4), tip + QPointF(-7, 4)}));
        x += Swatch + 4;
        QFont f = font();
        f.setStrikeOut(hidden);
        p.setFont(f);
        p.setPen(text);
        const QString name = FlowBundles::audienceTitle(a);
        p.drawText(QRect(x, y, width(), Row), Qt::AlignLeft | Qt::AlignVCenter, name);
        x += fontMetrics().horizontalAdvance(name) + Margin;
    }
    // Flows that cannot work: red and dashed, whatever their audience.
    const QColor red = FlowBundles::cannotWorkColor(m_dark);
    const qreal mid = y + Row / 2.0;
    p.setPen(QPen(red, 2.5, Qt::DashLine, Qt::FlatCap));
    p.drawLine(QPointF(x, mid), QPointF(x + Swatch - 6, mid));
    p.setPen(Qt::NoPen);
    p.setBrush(red);
    const QPointF tip(x + Swatch, mid);
    p.drawPolygon(QPolygonF({tip, tip + QPointF(-7, -4), tip + QPointF(-7, 4)}));
    x += Swatch + 4;
    p.setFont(font());
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRect(x, y, width(), Row), Qt::AlignLeft | Qt::AlignVCenter, cannotWorkTitle());
}

QString FlowLegend::cannotWorkTitle()
{
    return QStringLiteral("\u2715 ") + tr("Cannot work");
}

} // namespace portolan
