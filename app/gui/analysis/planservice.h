#pragma once

#include "plansnapshot.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace portolan {

class Document;

// Keeps a PlanSnapshot of the document current without blocking the UI:
// every document change (re)starts a short coalescing timer; then the
// derivation and review run on the thread pool with a copy of the project.
// At most one computation runs at a time; edits made meanwhile are picked
// up by one more run when it finishes, so a burst of edits (a drag, typing)
// costs at most two computations and the last snapshot always matches the
// last edit. Views connect to snapshotReady and read snapshot().
class PlanService : public QObject
{
    Q_OBJECT
public:
    explicit PlanService(Document *document, QObject *parent = nullptr);
    ~PlanService() override;

    // The newest finished snapshot (never null: empty project at start).
    PlanSnapshotPtr snapshot() const { return m_snapshot; }
    bool isBusy() const { return m_running || m_pending; }
    // How long edits are gathered before a computation starts.
    void setCoalesceInterval(int ms) { m_timer.setInterval(ms); }
    // Starts a computation now (tests, a user's "refresh").
    void refresh();
    // Blocks until the snapshot matches the document (tests, export).
    void waitUntilCurrent();

Q_SIGNALS:
    void snapshotReady(portolan::PlanSnapshotPtr snapshot);
    void busyChanged(bool busy);

private:
    void documentChanged();
    void start();
    void finished();

    Document *m_document;
    QTimer m_timer;
    QFutureWatcher<PlanSnapshotPtr> m_watcher;
    PlanSnapshotPtr m_snapshot;
    quint64 m_generation = 0;
    bool m_running = false; // a computation was started and its result not yet taken
    bool m_pending = false; // the document changed since the running computation started
};

} // namespace portolan
