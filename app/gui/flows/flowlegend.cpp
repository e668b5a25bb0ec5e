#include "flowlegend.h"

#include "flowbundles.h"

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

QSize FlowLegend::sizeHint() const
{
    QFont bold = font();
    bold.setBold(true);
    int width = QFontMetrics(bold).horizontalAdvance(tr("Flows by audience"));
    for (Audience a : FlowBundles::drawnAudiences())
        width = std::max(width, Swatch + 6 + fontMetrics().horizontalAdvance(FlowBundles::audienceTitle(a)));
    return QSize(width + 2 * Margin, Row * int(FlowBundles::drawnAudiences().size() + 1) + 2 * Margin);
}

void FlowLegend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QColor fill = palette().color(QPalette::Base);
    fill.setAlphaF(0.9);
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.setBrush(fill);
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRect(Margin, Margin, width() - 2 * Margin, Row), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Flows by audience"));
    p.setFont(font());
    int y = Margin + Row;
    for (Audience a : FlowBundles::drawnAudiences()) {
        const bool hidden = m_hidden.contains(a);
        QColor c = FlowBundles::audienceColor(a, m_dark);
        QColor text = palette().color(QPalette::Text);
        if (hidden) {
            c.setAlphaF(0.25);
            text.setAlphaF(0.45);
        }
        p.setPen(QPen(c, 2.5, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(Margin, y + Row / 2.0), QPointF(Margin + Swatch - 6, y + Row / 2.0));
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        const QPointF tip(Margin + Swatch, y + Row / 2.0);
        p.drawPolygon(QPolygonF({tip, tip + QPointF(-7, -4), tip + QPointF(-7, 4)}));
        QFont f = font();
        f.setStrikeOut(hidden);
        p.setFont(f);
        p.setPen(text);
        p.drawText(QRect(Margin + Swatch + 6, y, width(), Row), Qt::AlignLeft | Qt::AlignVCenter,
                   FlowBundles::audienceTitle(a));
        y += Row;
    }
}

} // namespace portolan
