#include "labsession.h"

#include "labadvertise.h"
#include "labtopologybuilder.h"

#include "derive/deriver.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

// The context lupdate files these strings under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LabSession)
};

// A host's TCP port answers TLS where the plan says it speaks TLS: a flow
// to it is of a catalog port marked TLS (what the audit expects a TLS
// handshake on), unless the flow comes from a balancer that terminates TLS
// in front of it (that balancer speaks plain text to the host: LiveKit's
// TURN/TLS behind the network load balancer).
void markTlsListeners(const CatalogSet &catalogs, const Derivation &derived, const LabTopology &topology,
                      LabProbeList *probeList)
{
    for (const Flow &flow : derived.flows) {
        const ComponentDef *def = catalogs.component(flow.component);
        const PortDef *port = def ? def->port(flow.port) : nullptr;
        if (flow.protocol != Protocol::Tcp || !port || !port->tls)
            continue;
        const bool terminated = std::any_of(flow.via.cbegin(), flow.via.cend(), [&](const FlowHop &hop) {
            return hop.kind == HopKind::LoadBalancer && hop.id == flow.source.id &&
                   hop.tls == TlsMode::Terminate;
        });
        if (terminated)
            continue;
        for (const LabNamespace &ns : topology.namespaces) {
            if (ns.role != LabRole::Host ||
                (ns.element != flow.destination.id && !flow.destination.members.contains(ns.element)))
                continue;
            QList<int> &tls = probeList->tlsListeners[ns.id];
            for (int listening : probeList->listeners.value(ns.id))
                if (flow.ports.contains(listening) && !tls.contains(listening))
                    tls.append(listening);
        }
    }
}

// Probes speak TLS where they are answered by a TLS listener, and where
// their path enters a balancer at a TLS-terminating listener (HAProxy).
void markTls(const QList<LabDaemon> &daemons, LabProbeList *probeList)
{
    for (LabProbe &p : probeList->probes) {
        if (p.protocol != Protocol::Tcp)
            continue;
        if (probeList->tlsListeners.value(p.answerNamespace).contains(p.answerPort))
            p.tls = true;
        for (const LabDaemon &d : daemons)
            for (const LabTranslation &t : probeList->translations)
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
    // Balancers' own HAProxy files first: the probe list needs which front
    // ports a proxy serves (it forwards between families; the stand-in cannot).
    const bool haproxy = options.haproxy && LabBalancers::haproxyAvailable();
    if (haproxy)
        m_daemons = LabBalancers::haproxy(ExportInput{project, catalogs, m_derived}, m_topology);
    QMap<QString, QList<int>> proxied;
    for (const LabDaemon &d : std::as_const(m_daemons))
        proxied[d.namespaceId] += d.ports;
    m_probeList = LabProbeLister::list(project, m_derived, m_topology, options.only, proxied);
    QList<LabAdvertise> advertises = LabAdvertiseProbes::targets(project, catalogs, m_derived);
    if (m_options.tamperAdvertise)
        m_options.tamperAdvertise(advertises);
    // `--only` keeps the advertises whose title names it, as it keeps flows.
    advertises.removeIf([&](const LabAdvertise &a) {
        return !options.only.isEmpty() && !LabAdvertiseProbes::title(a).contains(options.only);
    });
    LabAdvertiseProbes::add(m_topology, advertises, &m_probeList);
    QStringList problems;
    m_loads = LabLoads::hostRules(ExportInput{project, catalogs, m_derived}, m_topology, options.firewall,
                                  &problems);
    const QList<LabLoad> gateways = LabLoads::gatewayRules(ExportInput{project, catalogs, m_derived},
                                                           m_topology, options.firewall, &problems);
    m_loads += gateways;
    m_notes = m_topology.notes + m_probeList.notes + problems;
    markTlsListeners(catalogs, m_derived, m_topology, &m_probeList);
    markTls(m_daemons, &m_probeList);
    if (haproxy) {
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
    m_loads += LabLoads::standIns(project, m_topology, m_probeList, gateways, m_daemons, &standInNotes);
    standInNotes.removeDuplicates();
    m_notes += standInNotes;
    if (m_options.tamper)
        m_options.tamper(m_loads);
}

const LabRunResult &LabSession::run()
{
    m_result = LabRunner::run(m_topology, m_probeList, m_loads, m_daemons, m_options.runner);
    return m_result;
}

LabReportInput LabSession::reportInput(const QString &projectName) const
{
    return LabReportInput{projectName, m_options.firewall, m_topology, m_probeList, m_result, m_notes};
}

} // namespace portolan
