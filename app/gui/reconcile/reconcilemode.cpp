#include "reconcilemode.h"

#include "analysis/flowselection.h"
#include "analysis/planservice.h"
#include "canvas/canvasview.h"
#include "canvas/deploymentscene.h"
#include "export/exporter.h"
#include "reconcileoverlay.h"
#include "reconcilepanel.h"

#include <QGraphicsPathItem>
#include <QtConcurrent/QtConcurrentRun>

namespace portolan {

ReconcileMode::ReconcileMode(PlanService *plans, DeploymentScene *scene, CanvasView *view, FlowLayer *flows,
                             FlowSelection *selection, QObject *parent)
    : QObject(parent), m_plans(plans), m_scene(scene), m_view(view), m_selection(selection),
      m_overlay(new ReconcileOverlay(scene, flows, this)), m_panel(new ReconcilePanel)
{
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &ReconcileMode::finished);
    // A new plan (an edit) asks for its own comparison: the points' rules
    // changed, today's rules did not.
    connect(plans, &PlanService::snapshotReady, this, [this] {
        if (isActive())
            run();
    });
    connect(m_panel, &ReconcilePanel::pointChosen, this, &ReconcileMode::setPoint);
    connect(m_panel, &ReconcilePanel::flowsActivated, this, &ReconcileMode::showFlows);
    connect(m_panel, &ReconcilePanel::elementActivated, this, &ReconcileMode::showElement);
    connect(m_panel, &ReconcilePanel::leaveRequested, this, &ReconcileMode::leave);
}

ReconcileMode::~ReconcileMode()
{
    m_watcher.waitForFinished();
    // A panel never put in a dock has no parent.
    if (m_panel && !m_panel->parent())
        delete m_panel;
}

bool ReconcileMode::start(const QString &folder)
{
    const bool wasActive = isActive();
    m_plans->waitUntilCurrent();
    const PlanSnapshotPtr snapshot = m_plans->snapshot();
    Diagnostics errors;
    const auto files =
        RulesFolder::scan(folder, ExportInput{snapshot->project, snapshot->catalogs, snapshot->derivation},
                          &errors, RulesFolder::HowToMap::PointColumn);
    m_overlay->clear();
    m_report.reset();
    m_folder = folder;
    m_files = files.value_or(QList<FolderFile>());
    QList<QStringList> choices;
    for (const FolderFile &f : std::as_const(m_files))
        choices.append(RulesFolder::pointsFor(f.kind, snapshot->derivation));
    m_panel->setFiles(folder, m_files, choices, snapshot->derivation);
    if (!wasActive)
        Q_EMIT activeChanged(true);
    if (!files) {
        m_panel->setErrors(errors);
        return false;
    }
    run();
    return true;
}

void ReconcileMode::setPoint(const QString &fileName, const QString &point)
{
    for (FolderFile &f : m_files) {
        if (f.fileName != fileName)
            continue;
        if (point.isEmpty()) {
            f.point.clear();
            f.mappedBy = FolderFile::MappedBy::None;
            f.reason = tr("not compared: chosen in the window");
        } else {
            Diagnostics errors;
            if (!RulesFolder::setPoint(&m_files, fileName, point, m_plans->snapshot()->derivation, &errors)) {
                m_panel->setErrors(errors);
                return;
            }
        }
        m_panel->setReason(fileName, f.reason);
        break;
    }
    run();
}

void ReconcileMode::run()
{
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    m_snapshot = m_plans->snapshot();
    m_panel->setRunning(true);
    // The snapshot never changes and the files are copies: the comparison
    // reads nothing the UI thread writes.
    m_watcher.setFuture(QtConcurrent::run([snapshot = m_snapshot, folder = m_folder, files = m_files] {
        Result result;
        result.report = RulesFolder::reconcile(
            folder, files, ExportInput{snapshot->project, snapshot->catalogs, snapshot->derivation},
            &result.errors);
        return result;
    }));
}

void ReconcileMode::finished()
{
    if (!isActive())
        return; // left meanwhile
    if (m_again) {
        m_again = false;
        run();
        return;
    }
    const Result result = m_watcher.result();
    m_report = result.report;
    if (!m_report) {
        m_overlay->clear();
        m_panel->setErrors(result.errors);
    } else {
        m_overlay->show(*m_report, m_snapshot->derivation);
        m_panel->setReport(*m_report, m_snapshot->derivation);
    }
    Q_EMIT reportReady();
}

void ReconcileMode::leave()
{
    if (!isActive())
        return;
    m_watcher.waitForFinished();
    m_again = false;
    m_folder.clear();
    m_files.clear();
    m_report.reset();
    m_snapshot.reset();
    m_overlay->clear();
    if (m_panel)
        m_panel->clear();
    if (m_selection)
        m_selection->clear(this);
    if (m_scene)
        m_scene->clearSelection();
    Q_EMIT activeChanged(false);
}

void ReconcileMode::showFlows(const QStringList &flowKeys)
{
    m_scene->clearSelection();
    m_selection->setKeys(flowKeys, this);
    m_overlay->highlight(flowKeys);
    for (const QString &key : flowKeys)
        if (QGraphicsPathItem *line = m_overlay->brokenItem(key)) {
            m_view->ensureVisible(line->sceneBoundingRect(), 40, 40);
            break;
        }
}

void ReconcileMode::showElement(const QString &id)
{
    m_selection->clear(this);
    m_overlay->highlight({});
    m_scene->clearSelection();
    if (m_scene->itemFor(id)) {
        m_scene->selectIds({id});
        m_view->ensureVisible(m_scene->sceneRectOf(id), 40, 40);
    }
}

} // namespace portolan
