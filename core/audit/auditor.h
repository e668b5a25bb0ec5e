#pragma once

#include "addressmap.h"
#include "audittarget.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

namespace portolan {

class Probe;

// Probes a list of targets with bounded concurrency, a rate limit and a
// total time bound, then classifies each answer against the plan.
// Asynchronous (Qt event loop); cancel() stops at once and reports what was
// done. Only the given targets' (mapped) addresses are ever contacted.
class Auditor : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int timeoutMs = 1500; // per probe
        int concurrency = 8;  // probes in flight
        int maxProbesPerSecond = 50;
        int totalTimeLimitMs = 120'000;
        AddressMap addressMap;
    };

    explicit Auditor(QObject *parent = nullptr);
    ~Auditor() override;

    void start(const QList<AuditTarget> &targets, const Options &options);
    void cancel();
    bool isRunning() const { return m_running; }
    const QList<AuditFinding> &findings() const { return m_findings; }

    static DriftKind classify(const AuditTarget &target, const ProbeResult &result);

Q_SIGNALS:
    // findings()[index] has its result (views add rows as probes finish).
    void probed(int index);
    void progress(int done, int total);
    void finished(bool cancelled);

private:
    void pump();
    void onProbeDone(Probe *probe, int index, const ProbeResult &result);
    void finish(bool cancelled);

    Options m_options;
    QList<AuditFinding> m_findings;
    std::vector<std::unique_ptr<Probe>> m_inFlight;
    qsizetype m_next = 0;
    int m_done = 0;
    bool m_running = false;
    QTimer m_pumpTimer;
    QTimer m_deadline;
    QElapsedTimer m_lastStart;
};

} // namespace portolan
