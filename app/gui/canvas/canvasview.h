#pragma once

#include <QGraphicsView>

namespace portolan {

class DeploymentScene;

// The canvas widget: Ctrl+wheel and Ctrl+=/- zoom, middle-drag or Space+drag
// pan, rubber-band selection, arrow keys nudge (Shift: by 10 grid steps),
// Tab walks the elements.
class CanvasView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit CanvasView(DeploymentScene *scene, QWidget *parent = nullptr);

    qreal zoom() const { return transform().m11(); }
    void setZoom(qreal zoom);
    void zoomIn() { setZoom(zoom() * 1.25); }
    void zoomOut() { setZoom(zoom() / 1.25); }
    void fitAll();

Q_SIGNALS:
    void zoomChanged(qreal zoom);

protected:
    bool event(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void focusNext(bool forward);
    void applyZoom(qreal zoom);
    void applyFit();

    DeploymentScene *m_scene;
    bool m_panning = false;
    bool m_autoFit = true;
};

} // namespace portolan
