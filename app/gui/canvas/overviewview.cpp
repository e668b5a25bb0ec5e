#include "overviewview.h"

#include "canvasview.h"
#include "deploymentscene.h"
#include "document/document.h"
#include "zoneitem.h"

#include <QMouseEvent>
#include <QScrollBar>
#include <QTimer>

namespace portolan {

OverviewView::OverviewView(CanvasView *canvas, QWidget *parent)
    : QGraphicsView(parent), m_canvas(canvas), m_source(canvas->scene())
{
    setScene(new QGraphicsScene(this));
    setObjectName(QStringLiteral("Overview"));
    setInteractive(false); // clicks pan the canvas; they never select or move
    setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setMinimumSize(160, 110);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Click or drag to move the canvas there"));
    auto repaint = [this] { viewport()->update(); };
    connect(m_canvas->horizontalScrollBar(), &QScrollBar::valueChanged, this, repaint);
    connect(m_canvas->verticalScrollBar(), &QScrollBar::valueChanged, this, repaint);
    connect(m_canvas, &CanvasView::zoomChanged, this, repaint);
    // The drawing grows and shrinks with edits: fit again once they settle.
    auto refitLater = new QTimer(this);
    refitLater->setSingleShot(true);
    refitLater->setInterval(0);
    connect(refitLater, &QTimer::timeout, this, &OverviewView::refit);
    // Not QGraphicsScene::changed: while anything listens to it, the scene
    // reports (and the canvas repaints) whole items instead of the parts
    // that changed; a port label in a member set's frame then repainted
    // the frame's whole region.
    auto *deployment = static_cast<DeploymentScene *>(m_source);
    connect(deployment, &QGraphicsScene::sceneRectChanged, refitLater, qOverload<>(&QTimer::start));
    connect(deployment, &DeploymentScene::geometryChanged, refitLater, qOverload<>(&QTimer::start));
    connect(deployment, &DeploymentScene::themeChanged, refitLater, qOverload<>(&QTimer::start));
}

QRectF OverviewView::visibleSceneRect() const
{
    return m_canvas->mapToScene(m_canvas->viewport()->rect()).boundingRect();
}

void OverviewView::refit()
{
    // The boxes' extent, not the scene's: the canvas keeps a margin around
    // its drawing for dropping things.
    const auto *deployment = static_cast<const DeploymentScene *>(m_source);
    QRectF r;
    for (const QString &id : deployment->document()->project().allIds())
        if (deployment->itemFor(id))
            r |= deployment->sceneRectOf(id);
    if (r.isEmpty())
        return;
    r.adjust(-20, -20, 20, 20);
    if (r != scene()->sceneRect()) {
        scene()->setSceneRect(r);
        fitInView(r, Qt::KeepAspectRatio);
    }
    viewport()->update();
}

void OverviewView::drawBackground(QPainter *painter, const QRectF &)
{
    const auto *deployment = static_cast<const DeploymentScene *>(m_source);
    const DrawingTheme &theme = deployment->theme();
    painter->fillRect(scene()->sceneRect(), theme.background);
    const Project &p = deployment->document()->project();
    // Larger zones first, so that the ones inside them stay in front.
    QList<std::pair<QRectF, const Zone *>> zones;
    for (const Zone &z : p.zones)
        if (deployment->itemFor(z.id))
            zones.append({deployment->sceneRectOf(z.id), &z});
    std::sort(zones.begin(), zones.end(), [](const auto &a, const auto &b) {
        return a.first.width() * a.first.height() > b.first.width() * b.first.height();
    });
    QPen border(Qt::black, 1);
    border.setCosmetic(true); // a pixel whatever the overview's scale
    for (const auto &[rect, zone] : std::as_const(zones)) {
        border.setColor(theme.zoneBorder(zone->kind));
        painter->setPen(border);
        painter->setBrush(theme.zoneFill(zone->kind));
        painter->drawRect(rect);
    }
    border.setColor(theme.elementBorder);
    painter->setPen(border);
    painter->setBrush(theme.elementFill);
    for (const QString &id : p.allIds()) {
        const QGraphicsItem *item = deployment->itemFor(id);
        if (item && item->type() != ZoneItem::Type)
            painter->drawRect(deployment->sceneRectOf(id));
    }
}

void OverviewView::drawForeground(QPainter *painter, const QRectF &)
{
    const auto *deployment = static_cast<const DeploymentScene *>(m_source);
    QColor fill = deployment->theme().selection;
    fill.setAlpha(40);
    painter->setBrush(fill);
    // A cosmetic pen: one pixel whatever the overview's scale.
    QPen pen(deployment->theme().selection, 2);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->drawRect(visibleSceneRect());
}

void OverviewView::panTo(const QPoint &viewPos)
{
    m_canvas->centerOn(mapToScene(viewPos));
}

void OverviewView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        panTo(event->position().toPoint());
    event->accept();
}

void OverviewView::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        panTo(event->position().toPoint());
    event->accept();
}

void OverviewView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    refit();
}

void OverviewView::wheelEvent(QWheelEvent *event)
{
    event->ignore(); // the overview always shows everything; no scrolling it
}

} // namespace portolan
