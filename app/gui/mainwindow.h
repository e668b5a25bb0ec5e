#pragma once

#include "canvas/canvastarget.h"
#include "elementclipboard.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;

namespace portolan {

class Autosaver;
class CanvasView;
class CompareMode;
class DeploymentScene;
class Document;
class FlowLayer;
class FlowSelection;
class FlowsPanel;
class InspectorPanel;
class OutlinePanel;
class PalettePanel;
class PlanService;
class ReconcileMode;
class RecentFiles;
class RulesPanel;

// The editor window: canvas in the centre; outline, inspector, palette and
// undo history as docks; File, Edit and View menus. Owns one Document.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_document; }
    DeploymentScene *scene() const { return m_scene; }
    CanvasView *view() const { return m_view; }
    InspectorPanel *inspector() const { return m_inspector; }
    OutlinePanel *outline() const { return m_outline; }
    Autosaver *autosaver() const { return m_autosaver; }
    // Derivation and review of the document, kept current off the UI thread.
    PlanService *planService() const { return m_planService; }
    // The flows selected in any view (canvas, flows table, rules view).
    FlowSelection *flowSelection() const { return m_flowSelection; }
    // Flows on the canvas, the flows table and the rules view (mainwindowdocks.cpp).
    FlowLayer *flowLayer() const { return m_flowLayer; }
    FlowsPanel *flowsPanel() const { return m_flowsPanel; }
    RulesPanel *rulesPanel() const { return m_rulesPanel; }
    // File > Compare With…: the document against another plan (mainwindowcompare.cpp).
    CompareMode *compareMode() const { return m_compareMode; }
    void showCompareDialog();
    // File > Reconcile…: a folder of today's rules (mainwindowreconcile.cpp).
    ReconcileMode *reconcileMode() const { return m_reconcileMode; }
    void showReconcileDialog();

    // Opens `path`; on failure shows the loader's diagnostics (file:line:
    // column) in a non-blocking message box and keeps the open document.
    bool openFile(const QString &path);
    bool saveTo(const QString &path);
    bool exportDrawing(const QString &path);
    // After a crash: offers (or, with ask = false, just does) the restore.
    void offerRecovery(bool ask = true);
    QString lastError() const { return m_lastError; }

    void copySelection();
    void cutSelection();
    void paste();
    void duplicateSelection();
    void deleteSelection();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createDocks();
    // Docks that show what the plan service derives (mainwindowdocks.cpp).
    void createAnalysisDocks();
    void createActions();
    // Arrange menu and overview dock (mainwindowarrange.cpp).
    void createArrangeMenu();
    void createOverviewDock();
    void createCompareMode();
    void createReconcileMode();
    // A right click on the canvas (mainwindowcontextmenu.cpp).
    void showCanvasMenu(const CanvasTarget &target, const QPoint &screenPos);
    void updateTitle();
    void updateRecentMenu();
    void syncSelectionFromScene();
    bool maybeSave();
    void newDocument();
    void open();
    bool save();
    bool saveAs();
    void exportDrawingAs();
    void showError(const QString &title, const QString &text);

    Document *m_document;
    DeploymentScene *m_scene;
    CanvasView *m_view;
    OutlinePanel *m_outline = nullptr;
    InspectorPanel *m_inspector = nullptr;
    PalettePanel *m_palette = nullptr;
    RecentFiles *m_recent;
    Autosaver *m_autosaver;
    PlanService *m_planService;
    FlowSelection *m_flowSelection;
    FlowLayer *m_flowLayer = nullptr;
    FlowsPanel *m_flowsPanel = nullptr;
    RulesPanel *m_rulesPanel = nullptr;
    CompareMode *m_compareMode = nullptr;
    ReconcileMode *m_reconcileMode = nullptr;
    QLabel *m_planLabel = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_connectMode = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QString m_lastError;
    bool m_syncingSelection = false;
};

} // namespace portolan
