#include "planservice.h"

#include "document/document.h"

#include <QtConcurrent/QtConcurrentRun>

namespace portolan {

PlanService::PlanService(Document *document, QObject *parent)
    : QObject(parent), m_document(document), m_snapshot(PlanSnapshot::compute(0, Project{}, CatalogSet{}))
{
    qRegisterMetaType<portolan::PlanSnapshotPtr>();
    // 0 ms, i.e. once control is back in the event loop: one command (a
    // paste, an applied proposal, a macro) emits all its change signals
    // within one call, so they fold into one run; edits that arrive while a
    // run is going fold into the next (finished() starts it). Drags change
    // geometry only, which is skipped. Every millisecond of waiting here
    // would be part of the 100 ms an edit may take to reach the views.
    m_timer.setInterval(0);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PlanService::start);
    connect(&m_watcher, &QFutureWatcher<PlanSnapshotPtr>::finished, this, &PlanService::finished);
    connect(document, &Document::projectReset, this, &PlanService::documentChanged);
    connect(document, &Document::catalogsChanged, this, &PlanService::documentChanged);
    connect(document, &Document::elementsAdded, this, &PlanService::documentChanged);
    connect(document, &Document::elementsRemoved, this, &PlanService::documentChanged);
    connect(document, &Document::elementsChanged, this, [this](const QStringList &, ChangeAspects aspects) {
        // Moving or resizing changes no flow and no finding.
        if (aspects != ChangeAspects(ChangeAspect::Geometry))
            documentChanged();
    });
    refresh();
}

PlanService::~PlanService()
{
    // The running computation owns its copies; let it end before the
    // watcher goes away so no result is delivered to a dead object.
    m_watcher.waitForFinished();
}

void PlanService::documentChanged()
{
    const bool wasBusy = isBusy();
    m_pending = true;
    m_timer.start();
    if (!wasBusy)
        Q_EMIT busyChanged(true);
}

void PlanService::refresh()
{
    const bool wasBusy = isBusy();
    m_pending = true;
    m_timer.stop();
    start();
    if (!wasBusy)
        Q_EMIT busyChanged(true);
}

void PlanService::start()
{
    if (m_running)
        return; // finished() starts the next run with whatever is newest then
    m_pending = false;
    m_running = true;
    m_watcher.setFuture(QtConcurrent::run(&PlanSnapshot::compute, ++m_generation, m_document->project(),
                                          m_document->catalogs(), m_snapshot));
}

void PlanService::finished()
{
    // waitUntilCurrent() delivers results itself; the watcher's own
    // finished signal for the same run may still arrive afterwards.
    // (QFutureWatcher::isFinished() turns true only once that signal has
    // been processed, so ask the future itself.)
    if (!m_running || !m_watcher.future().isFinished())
        return;
    m_running = false;
    m_snapshot = m_watcher.result();
    Q_EMIT snapshotReady(m_snapshot);
    if (m_pending && !m_timer.isActive())
        start();
    if (!isBusy())
        Q_EMIT busyChanged(false);
}

void PlanService::waitUntilCurrent()
{
    while (isBusy()) {
        m_timer.stop();
        start();
        m_watcher.waitForFinished();
        finished();
    }
}

} // namespace portolan
