#pragma once

#include <QGraphicsView>

namespace portolan {

class CanvasView;

// The whole drawing scaled into a small view, with the part the canvas
// shows outlined; a click or drag centres the canvas there. Shares the
// canvas's scene, so it never draws anything the canvas does not.
class OverviewView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit OverviewView(CanvasView *canvas, QWidget *parent = nullptr);

    // The canvas's visible area, in scene coordinates.
    QRectF visibleSceneRect() const;
    QSize sizeHint() const override { return {260, 170}; }

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void refit();
    void panTo(const QPoint &viewPos);

    CanvasView *m_canvas;
};

} // namespace portolan
