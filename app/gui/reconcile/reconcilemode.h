#pragma once

#include "analysis/plansnapshot.h"
#include "reconcile/rulesfolder.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <optional>

namespace portolan {

class CanvasView;
class DeploymentScene;
class FlowLayer;
class FlowSelection;
class PlanService;
class ReconcileOverlay;
class ReconcilePanel;

// File > Reconcile…: a folder of today's rules against the plan. Reads and
// maps the files (RulesFolder, as `portolan-cli reconcile PROJECT FOLDER`
// does), lets the dock change a file's point, and compares off the UI
// thread on the plan snapshot of the moment (a new plan compares again).
// Drives the overlay and the dock; never edits the document. Leaving
// restores the normal view: no overlay item, no selection, dock hidden.
class ReconcileMode : public QObject
{
    Q_OBJECT
public:
    ReconcileMode(PlanService *plans, DeploymentScene *scene, CanvasView *view, FlowLayer *flows,
                  FlowSelection *selection, QObject *parent = nullptr);
    ~ReconcileMode() override;

    ReconcileOverlay *overlay() const { return m_overlay; }
    ReconcilePanel *panel() const { return m_panel; }
    bool isActive() const { return !m_folder.isEmpty(); }
    bool isRunning() const { return m_watcher.isRunning(); }
    const QList<FolderFile> &files() const { return m_files; }
    const std::optional<FolderReport> &report() const { return m_report; }

    // Reads the folder and compares; false (and the reasons in the dock)
    // when a file cannot be read.
    bool start(const QString &folder);
    // `point` for `fileName` (empty: the file is not compared), and compare again.
    void setPoint(const QString &fileName, const QString &point);
    void leave();
    void showFlows(const QStringList &flowKeys);
    void showElement(const QString &id);

Q_SIGNALS:
    void activeChanged(bool active);
    void reportReady();

private:
    struct Result
    {
        std::optional<FolderReport> report;
        Diagnostics errors;
    };
    void run();
    void finished();

    PlanService *m_plans;
    // The window's, which may go before this mode when it closes.
    QPointer<DeploymentScene> m_scene;
    CanvasView *m_view;
    QPointer<FlowSelection> m_selection;
    ReconcileOverlay *m_overlay;
    QPointer<ReconcilePanel> m_panel; // owned by the dock that shows it
    QString m_folder;
    QList<FolderFile> m_files;
    PlanSnapshotPtr m_snapshot; // the plan of the running or shown comparison
    std::optional<FolderReport> m_report;
    QFutureWatcher<Result> m_watcher;
    bool m_again = false; // changed while running: compare once more after
};

} // namespace portolan
