#include "labsession.h"

#include "labadvertise.h"
#include "labtopologybuilder.h"

#include "derive/deriver.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

// The context lupdate files these strings under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LabSession)
};

// Probes whose path enters a balancer at a TLS-terminating listener must
// speak TLS to be answered through HAProxy.
void markTls(const QList<LabDaemon> &daemons, LabProbePlan *plan)
{
    for (LabProbe &p : plan->probes) {
        if (p.protocol != Protocol::Tcp)
            continue;
        for (const LabDaemon &d : daemons)
            for (const LabTranslation &t : plan->translations)
                if (t.namespaceId == d.namespaceId && t.protocol == Protocol::Tcp &&
                    p.path.contains(d.namespaceId) && d.terminatePorts.contains(t.ports.from) &&
                    p.path.first() != d.namespaceId && p.path.last() != d.namespaceId &&
                    t.toPort == p.answerPort && p.expectOpen)
                    p.tls = true;
    }
}

} // namespace

LabSession::LabSession(const Project &project, const CatalogSet &catalogs, const Options &options)
    : m_options(options)
{
    m_derived = Deriver::derive(project, catalogs);
    m_topology = LabTopologyBuilder::build(project, m_derived);
    // Balancers' own HAProxy files first: the probe plan needs which front
    // ports a proxy serves (it forwards between families; the stand-in cannot).
    const bool haproxy = options.haproxy && LabBalancers::haproxyAvailable();
    if (haproxy)
        m_daemons = LabBalancers::haproxy(ExportInput{project, catalogs, m_derived}, m_topology);
    QMap<QString, QList<int>> proxied;
    for (const LabDaemon &d : std::as_const(m_daemons))
        proxied[d.namespaceId] += d.ports;
    m_plan = LabProbePlanner::plan(project, m_derived, m_topology, options.only, proxied);
    QList<LabAdvertise> advertises = LabAdvertiseProbes::targets(project, catalogs, m_derived);
    if (m_options.tamperAdvertise)
        m_options.tamperAdvertise(advertises);
    // `--only` keeps the advertises whose title names it, as it keeps flows.
    advertises.removeIf([&](const LabAdvertise &a) {
        return !options.only.isEmpty() && !LabAdvertiseProbes::title(a).contains(options.only);
    });
    LabAdvertiseProbes::plan(m_topology, advertises, &m_plan);
    QStringList problems;
    m_loads = LabLoads::hostRules(ExportInput{project, catalogs, m_derived}, m_topology, options.firewall,
                                  &problems);
    const QList<LabLoad> gateways = LabLoads::gatewayRules(ExportInput{project, catalogs, m_derived},
                                                           m_topology, options.firewall, &problems);
    m_loads += gateways;
    m_notes = m_topology.notes + m_plan.notes + problems;
    if (haproxy) {
        markTls(m_daemons, &m_plan);
        for (const LabDaemon &d : std::as_const(m_daemons)) {
            m_notes.append(
                d.certificates.isEmpty()
                    ? Tr::tr("load balancer %1 runs its own HAProxy file %2 (haproxy -db in its namespace)")
                          .arg(d.element, d.origin)
                    : Tr::tr("load balancer %1 runs its own HAProxy file %2 (haproxy -db in its namespace), "
                             "crt-base pointed at the lab's temporary folder, with throw-away certificates "
                             "for %3")
                          .arg(d.element, d.origin, d.certificates.join(u", "_s)));
        }
    }
    QStringList standInNotes;
    m_loads += LabLoads::standIns(project, m_topology, m_plan, gateways, m_daemons, &standInNotes);
    standInNotes.removeDuplicates();
    m_notes += standInNotes;
    if (m_options.tamper)
        m_options.tamper(m_loads);
}

const LabRunResult &LabSession::run()
{
    m_result = LabRunner::run(m_topology, m_plan, m_loads, m_daemons, m_options.runner);
    return m_result;
}

LabReportInput LabSession::reportInput(const QString &projectName) const
{
    return LabReportInput{projectName, m_options.firewall, m_topology, m_plan, m_result, m_notes};
}

} // namespace portolan
