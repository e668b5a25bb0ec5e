#include "auditor.h"
#include "probe.h"

#include <QCoreApplication>
#include <QSslSocket>

#include <algorithm>

namespace portolan {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Auditor)
};
} // namespace

Auditor::Auditor(QObject *parent) : QObject(parent)
{
    m_pumpTimer.setSingleShot(true);
    connect(&m_pumpTimer, &QTimer::timeout, this, &Auditor::pump);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] { finish(true); });
}

Auditor::~Auditor() = default;

void Auditor::start(const QList<AuditTarget> &targets, const Options &options)
{
    m_options = options;
    m_options.concurrency = qBound(1, m_options.concurrency, 64);
    m_options.maxProbesPerSecond = qBound(1, m_options.maxProbesPerSecond, 1000);
    m_findings.clear();
    for (const AuditTarget &t : targets)
        m_findings.append({t, m_options.addressMap.map(t.address), {}, DriftKind::None});
    m_next = 0;
    m_done = 0;
    m_running = true;
    m_lastStart.invalidate();
    m_deadline.start(m_options.totalTimeLimitMs);
    Q_EMIT progress(0, int(m_findings.size()));
    if (m_findings.isEmpty())
        finish(false);
    else
        pump();
}

void Auditor::cancel()
{
    if (m_running)
        finish(true);
}

void Auditor::pump()
{
    if (!m_running)
        return;
    const int interval = 1000 / m_options.maxProbesPerSecond;
    while (m_next < m_findings.size() && int(m_inFlight.size()) < m_options.concurrency) {
        if (m_lastStart.isValid() && m_lastStart.elapsed() < interval) {
            m_pumpTimer.start(int(interval - m_lastStart.elapsed()));
            return;
        }
        m_lastStart.start();
        const int index = int(m_next++);
        const AuditFinding &f = m_findings[index];
        auto probe = Probe::make(f.target.protocol, f.target.tls);
        Probe *raw = probe.get();
        m_inFlight.push_back(std::move(probe));
        raw->start(f.probedAddress, f.target.port, m_options.timeoutMs,
                   [this, raw, index](const ProbeResult &r) { onProbeDone(raw, index, r); });
    }
}

void Auditor::onProbeDone(Probe *probe, int index, const ProbeResult &result)
{
    if (!m_running)
        return; // a probe finishing after cancel() or the deadline
    AuditFinding &f = m_findings[index];
    f.result = result;
    f.drift = classify(f.target, result);
    ++m_done;
    // Called from inside the probe's own signal: delete it later, not now.
    const auto it = std::find_if(m_inFlight.begin(), m_inFlight.end(),
                                 [probe](const std::unique_ptr<Probe> &p) { return p.get() == probe; });
    if (it != m_inFlight.end()) {
        it->release()->deleteLater();
        m_inFlight.erase(it);
    }
    Q_EMIT probed(index);
    Q_EMIT progress(m_done, int(m_findings.size()));
    if (m_done == m_findings.size())
        finish(false);
    else
        pump();
}

void Auditor::finish(bool cancelled)
{
    if (!m_running)
        return;
    m_running = false;
    m_pumpTimer.stop();
    m_deadline.stop();
    // Record the unfinished probes without re-entering onProbeDone.
    auto inFlight = std::move(m_inFlight);
    m_inFlight.clear();
    for (auto &probe : inFlight)
        probe.release()->deleteLater();
    for (AuditFinding &f : m_findings)
        if (f.result.state == ProbeState::Error && f.result.detail.isEmpty())
            f.result.detail = Tr::tr("not finished: the audit was stopped");
    for (qsizetype i = m_next; i < m_findings.size(); ++i)
        m_findings[i].result = {
            ProbeState::Error, 0, Tr::tr("not probed: the audit was stopped"), false, {}, {}};
    Q_EMIT finished(cancelled);
}

DriftKind Auditor::classify(const AuditTarget &target, const ProbeResult &result)
{
    switch (result.state) {
    case ProbeState::Open:
        if (!target.expectedOpen)
            return DriftKind::UnexpectedlyOpen;
        if (target.protocol == Protocol::Tcp && target.tls && !result.tlsHandshake &&
            QSslSocket::supportsSsl())
            return DriftKind::UnexpectedTls;
        return DriftKind::None;
    case ProbeState::Closed:
        return target.expectedOpen ? DriftKind::ExpectedOpenButClosed : DriftKind::None;
    case ProbeState::Filtered:
        return target.expectedOpen ? DriftKind::ExpectedOpenButFiltered : DriftKind::None;
    case ProbeState::NoAnswer:
    case ProbeState::Error:
        return DriftKind::Undetermined;
    }
    return DriftKind::Undetermined;
}

} // namespace portolan
