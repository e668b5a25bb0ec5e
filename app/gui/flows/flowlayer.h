#pragma once

#include "analysis/plansnapshot.h"
#include "canvas/canvastarget.h"
#include "flowlegend.h"
#include "layout/obstaclegrid.h"
#include "render/drawingtheme.h"
#include "render/flowbundles.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QToolBar;
class QWidget;

namespace portolan {

class DeploymentScene;
class FlowPathItem;
class FlowSelection;
class PlanService;

// The flows of the current plan drawn over the deployment: one FlowPathItem
// per bundle (flows sharing source, destination and hops), coloured by
// audience. Rebuilt when the plan changes or a toggle changes; geometry only
// is redrawn when elements move (a move never recomputes the plan). The
// toggles live in the "Flows" menu and toolbar and are remembered.
class FlowLayer : public QObject
{
    Q_OBJECT
public:
    // Must be deleted before `scene` (its items live there).
    FlowLayer(DeploymentScene *scene, PlanService *plans, FlowSelection *selection, QWidget *window);
    ~FlowLayer() override;

    QMenu *menu() const { return m_menu; }
    QToolBar *toolBar() const { return m_toolBar; }
    // The legend floats over the canvas's bottom-left corner.
    void attachLegend(QWidget *viewport);
    FlowLegend *legend() const { return m_legend; }

    QList<FlowPathItem *> items() const { return m_items; }
    FlowPathItem *itemForFlow(const QString &flowKey) const;
    FlowFilter filter() const;

    QAction *showAction() const { return m_show; }
    QAction *audienceAction(Audience audience) const { return m_audiences.value(int(audience)); }
    QAction *productAction(const QString &product) const { return m_products.value(product); }
    QAction *selectedOnlyAction() const { return m_selectedOnly; }

    const DrawingTheme &theme() const;
    QString toolTipFor(const FlowBundle &bundle) const;
    // From a click on a path; `toggle` (Ctrl) adds or removes its flows.
    void select(const QStringList &keys, bool toggle);

    void rebuild();
    void updateGeometry();

Q_SIGNALS:
    // A right click on a flow path; the window builds the menu.
    void contextMenuRequested(const portolan::CanvasTarget &target, const QPoint &screenPos);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions(QWidget *window);
    void updateProductActions();
    void applyHighlight();
    void saveSettings() const;
    void placeLegend();
    bool labelOnElement(const QRectF &rect) const;
    bool flowPathMenu(const QPointF &scenePos, const QPoint &screenPos);
    // Which cards and title bands stand where, before a geometry pass.
    void collectObstacles();
    void indexKeys();
    bool updateChangedFlows(const PlanSnapshot &before, const QList<qsizetype> &changed);
    void rekey(const QList<FlowPathItem *> &items, const QStringList &oldKeys);
    // Puts the label where it covers no card, zone title or label in
    // `placed`, and adds it there.
    void placeLabelOf(FlowPathItem *item, ObstacleGrid &placed);
    void updateLabels(const QSet<FlowPathItem *> &moved);

    DeploymentScene *m_scene;
    PlanService *m_plans;
    FlowSelection *m_selection;
    PlanSnapshotPtr m_snapshot;
    QList<FlowPathItem *> m_items;
    QHash<QString, FlowPathItem *> m_itemByKey;
    // The element cards as they stand during one geometry pass. Asking the
    // scene instead (items(path)) also visits every flow item and computes
    // its path's bounds: quadratic, 33 s per edit at 1,000 nodes.
    ObstacleGrid m_obstacles;
    // What a label must not cover: the cards and every zone's title band.
    ObstacleGrid m_titles;
    bool m_anyHighlighted = false;
    QMenu *m_menu = nullptr;
    QMenu *m_productMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_show = nullptr;
    QAction *m_selectedOnly = nullptr;
    QHash<int, QAction *> m_audiences;
    QHash<QString, QAction *> m_products;
    QStringList m_hiddenProducts; // remembered even for products not in this plan
    QPointer<FlowLegend> m_legend;
    QPointer<QWidget> m_viewport;
};

} // namespace portolan
