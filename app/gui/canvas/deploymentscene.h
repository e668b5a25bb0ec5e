#pragma once

#include "canvastarget.h"
#include "document/changeevents.h"
#include "layout/alignment.h"
#include "palettemime.h"
#include "render/drawinglayout.h"
#include "render/drawingtheme.h"

#include <QGraphicsScene>
#include <QHash>

class QGraphicsLineItem;

namespace portolan {

class ConnectionItem;
class Document;
class ZoneItem;

// The canvas model: one item per zone and element, keyed by id, nested as
// zones nest; connections on top. Rebuilt from the document on change
// events; user gestures become undoable edits, never direct edits.
class DeploymentScene : public QGraphicsScene
{
    Q_OBJECT
public:
    static constexpr qreal GridSize = 10;

    explicit DeploymentScene(Document *document, QObject *parent = nullptr);
    ~DeploymentScene() override;

    Document *document() const { return m_document; }
    const DrawingTheme &theme() const { return m_theme; }
    void setTheme(const DrawingTheme &theme);
    bool snapToGrid() const { return m_snap; }
    void setSnapToGrid(bool snap) { m_snap = snap; }
    bool connectMode() const { return m_connectMode; }
    void setConnectMode(bool on) { m_connectMode = on; }

    QGraphicsItem *itemFor(const ElementId &id) const { return m_items.value(id); }
    ElementId idOf(const QGraphicsItem *item) const;
    QRectF sceneRectOf(const ElementId &id) const;
    QStringList selectedIds() const;
    void selectIds(const QStringList &ids);
    // The drawing's bounds with a margin, and always what the views show
    // (see the .cpp): called after every sync and zoom.
    void updateSceneRect();
    QPointF snapped(const QPointF &pos, const QGraphicsItem *parent) const;
    // The innermost zone under `scenePos`, ignoring `exclude` and their content.
    ElementId zoneAt(const QPointF &scenePos, const QStringList &exclude = {}) const;

    // Gestures, each one undo step.
    QStringList dropPaletteEntry(const PaletteEntry &entry, const QPointF &scenePos, QString *error);
    bool connectElements(const ElementId &from, const ElementId &to, QString *error);
    void commitMove(const QHash<ElementId, QPointF> &sceneTopLefts, const QString &text = {});
    void nudgeSelection(const QPointF &delta);
    void commitResize(const ElementId &zone, const QRectF &sceneRect);
    void updateConnections();
    // Arrange menu: the selected elements (not what rides along inside a
    // selected zone) aligned or distributed, one undo step.
    void alignSelection(Alignment::Mode mode);
    // Lays the whole project out afresh (AutoLayout), one undo step.
    void autoLayout();
    // Deletes the selected elements and the selected connection lines; a
    // line alone goes without its ends. One undo step.
    void deleteSelection();
    // Selects one drawn connection line alone (a context menu's target).
    void selectConnection(const DrawingConnection &connection);
    // "Connect from here": a dashed line follows the mouse from `from`;
    // the next click on another element connects the two (one step),
    // a click elsewhere or Escape gives up.
    void beginConnectFrom(const ElementId &from);
    void cancelConnect();
    bool isConnecting() const { return m_rubberLine != nullptr; }
    // The zone whose resize handle is at `scenePos`: a selected zone's
    // handles first, then the innermost unselected grip. A handle wins
    // over whatever overlaps it (a child zone standing on its parent's
    // border must not take the parent's handle).
    ZoneItem *zoneHandleAt(const QPointF &scenePos) const;

Q_SIGNALS:
    void statusMessage(const QString &message);
    // Items moved or resized (a drag in progress included), or were rebuilt:
    // overlays drawn from scene geometry (the flow layer) redraw.
    void geometryChanged();
    void themeChanged();
    // A right click (or the menu key) on an element, a line or, through
    // the flow layer, a flow path; the window builds the menu.
    void contextMenuRequested(const portolan::CanvasTarget &target, const QPoint &screenPos);

protected:
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void sync();
    // Pushes the resizes ZoneGrowth asked for (inside the caller's macro).
    void pushGrowth(const QHash<ElementId, QRectF> &growth);
    bool repaintInPlace(const QStringList &ids);
    void rebuildConnections();
    ElementId elementAt(const QPointF &scenePos) const;
    QStringList topLevelSelection() const;

    Document *m_document;
    DrawingTheme m_theme;
    DrawingLayout m_layout;
    QHash<ElementId, QGraphicsItem *> m_items;
    QList<ConnectionItem *> m_connections;
    QHash<ElementId, QPointF> m_pressPositions;
    QGraphicsLineItem *m_rubberLine = nullptr;
    ElementId m_connectFrom;
    bool m_snap = true;
    bool m_connectMode = false;
    bool m_syncing = false;
    bool m_clickToConnect = false; // beginConnectFrom: the next press ends the line
    bool m_fresh = false;          // a new project: the scene rect forgets the old view
    int m_nudgeKey = 1000;
};

} // namespace portolan
