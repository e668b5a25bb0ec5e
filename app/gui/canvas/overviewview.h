#pragma once

#include <QGraphicsView>

namespace portolan {

class CanvasView;

// The whole drawing scaled into a small view, with the part the canvas
// shows outlined; a click or drag centres the canvas there. It draws a map
// of the canvas's scene (zones and boxes in their colours, no text, no
// flows) rather than the scene's items: at a few percent of their size the
// items are a smear, and painting them all again for every edit cost more
// than the edit itself at 1,000 nodes. The view holds an empty scene with
// the drawing's extent, so its coordinates are the canvas's.
class OverviewView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit OverviewView(CanvasView *canvas, QWidget *parent = nullptr);

    // The canvas's visible area, in scene coordinates.
    QRectF visibleSceneRect() const;
    QSize sizeHint() const override { return {260, 170}; }

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void refit();
    void panTo(const QPoint &viewPos);

    CanvasView *m_canvas;
    QGraphicsScene *m_source; // the canvas's scene; this view shows an empty one
};

} // namespace portolan
