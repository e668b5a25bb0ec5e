#include "overviewview.h"

#include "canvasview.h"
#include "deploymentscene.h"

#include <QMouseEvent>
#include <QScrollBar>
#include <QTimer>

namespace portolan {

OverviewView::OverviewView(CanvasView *canvas, QWidget *parent)
    : QGraphicsView(canvas->scene(), parent), m_canvas(canvas)
{
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
    connect(scene(), &QGraphicsScene::sceneRectChanged, refitLater, qOverload<>(&QTimer::start));
    connect(scene(), &QGraphicsScene::changed, refitLater, qOverload<>(&QTimer::start));
}

QRectF OverviewView::visibleSceneRect() const
{
    return m_canvas->mapToScene(m_canvas->viewport()->rect()).boundingRect();
}

void OverviewView::refit()
{
    const QRectF r = scene()->itemsBoundingRect();
    if (!r.isEmpty())
        fitInView(r.adjusted(-20, -20, 20, 20), Qt::KeepAspectRatio);
}

void OverviewView::drawForeground(QPainter *painter, const QRectF &)
{
    const auto *deployment = static_cast<const DeploymentScene *>(scene());
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
