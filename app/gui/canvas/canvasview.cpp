#include "canvasview.h"

#include "deploymentscene.h"
#include "document/document.h"

#include <QKeyEvent>
#include <QResizeEvent>
#include <QWheelEvent>

namespace portolan {

CanvasView::CanvasView(DeploymentScene *scene, QWidget *parent) : QGraphicsView(scene, parent), m_scene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(AnchorUnderMouse);
    // Smart: a plan update repaints a few paths here and there; one bounding
    // rect around them would repaint most of a 1,000-node drawing.
    setViewportUpdateMode(SmartViewportUpdate);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    m_scene->setTheme(DrawingTheme::fromPalette(palette()));
}

void CanvasView::setZoom(qreal zoom)
{
    m_autoFit = false; // the user chose a zoom: stop following the window size
    applyZoom(zoom);
}

void CanvasView::applyZoom(qreal zoom)
{
    zoom = std::clamp(zoom, 0.1, 8.0);
    setTransform(QTransform::fromScale(zoom, zoom));
    // Zoomed out, the window shows more than the drawing: the scene rect
    // takes it in now, or the next edit would (and the view would jump).
    m_scene->updateSceneRect();
    Q_EMIT zoomChanged(zoom);
}

void CanvasView::fitAll()
{
    // A fit asked for before the window has its final size (opening a file
    // from the command line) would fit a tiny viewport; keep fitting on every
    // resize until the user zooms by hand.
    m_autoFit = true;
    applyFit();
}

void CanvasView::applyFit()
{
    QRectF r = m_scene->itemsBoundingRect();
    if (r.isEmpty() || viewport()->width() < 50 || viewport()->height() < 50)
        return;
    fitInView(r.adjusted(-20, -20, 20, 20), Qt::KeepAspectRatio);
    if (zoom() > 1.5)
        applyZoom(1.5);
    else if (zoom() < 0.1)
        applyZoom(0.1);
    // Clamping the zoom keeps the old scroll position: centre again, or a
    // small drawing sits in the top-left corner of a large window.
    centerOn(r.center());
    Q_EMIT zoomChanged(zoom());
}

void CanvasView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        applyFit();
}

void CanvasView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const qreal steps = event->angleDelta().y() / 120.0;
        setZoom(zoom() * std::pow(1.15, steps));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

bool CanvasView::event(QEvent *event)
{
    // Esc cancels a connection being drawn before any window shortcut
    // (compare mode's Leave) may take it: accepting the override makes Qt
    // deliver it as a key press instead.
    if (event->type() == QEvent::ShortcutOverride &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && m_scene->isConnecting()) {
        event->accept();
        return true;
    }
    return QGraphicsView::event(event);
}

void CanvasView::keyPressEvent(QKeyEvent *event)
{
    const qreal step = (event->modifiers() & Qt::ShiftModifier ? 10 : 1) * DeploymentScene::GridSize;
    switch (event->key()) {
    case Qt::Key_Left:
        m_scene->nudgeSelection({-step, 0});
        return;
    case Qt::Key_Right:
        m_scene->nudgeSelection({step, 0});
        return;
    case Qt::Key_Up:
        m_scene->nudgeSelection({0, -step});
        return;
    case Qt::Key_Down:
        m_scene->nudgeSelection({0, step});
        return;
    case Qt::Key_Tab:
        focusNext(true);
        return;
    case Qt::Key_Backtab:
        focusNext(false);
        return;
    case Qt::Key_Space:
        if (!event->isAutoRepeat()) {
            m_panning = true;
            setDragMode(ScrollHandDrag);
        }
        return;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void CanvasView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_panning = false;
        setDragMode(RubberBandDrag);
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void CanvasView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        // Middle-drag pans: replay the press as a left press in hand mode.
        setDragMode(ScrollHandDrag);
        QMouseEvent press(QEvent::MouseButtonPress, event->position(), event->globalPosition(),
                          Qt::LeftButton, Qt::LeftButton, event->modifiers());
        QGraphicsView::mousePressEvent(&press);
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void CanvasView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    if (event->button() == Qt::MiddleButton && !m_panning)
        setDragMode(RubberBandDrag);
}

void CanvasView::changeEvent(QEvent *event)
{
    // The system switching light/dark arrives as ApplicationPaletteChange;
    // a palette set on this widget as PaletteChange. Either way the canvas
    // takes its colours from the palette in force now.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        m_scene->setTheme(DrawingTheme::fromPalette(palette()));
    QGraphicsView::changeEvent(event);
}

void CanvasView::focusNext(bool forward)
{
    QStringList ids;
    for (const ElementId &id : m_scene->document()->project().allIds())
        if (m_scene->itemFor(id))
            ids.append(id);
    if (ids.isEmpty())
        return;
    const QStringList selected = m_scene->selectedIds();
    qsizetype at = selected.isEmpty() ? -1 : ids.indexOf(selected.first());
    at = forward ? (at + 1) % ids.size() : (at <= 0 ? ids.size() - 1 : at - 1);
    m_scene->selectIds({ids.at(at)});
    ensureVisible(m_scene->sceneRectOf(ids.at(at)), 40, 40);
}

} // namespace portolan
