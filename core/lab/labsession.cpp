#include "labsession.h"

#include "labtopologybuilder.h"

#include "derive/deriver.h"

namespace portolan {

LabSession::LabSession(const Project &project, const CatalogSet &catalogs, const Options &options)
    : m_options(options)
{
    m_derived = Deriver::derive(project, catalogs);
    m_topology = LabTopologyBuilder::build(project, m_derived);
    m_plan = LabProbePlanner::plan(project, m_derived, m_topology, options.only);
    QStringList problems;
    m_loads = LabLoads::hostRules(ExportInput{project, catalogs, m_derived}, m_topology, options.firewall,
                                  &problems);
    const QList<LabLoad> gateways =
        LabLoads::gatewayRules(ExportInput{project, catalogs, m_derived}, m_topology, options.firewall, &problems);
    m_loads += gateways;
    m_notes = m_topology.notes + m_plan.notes + problems;
    QStringList standInNotes;
    m_loads += LabLoads::standIns(project, m_topology, m_plan, gateways, &standInNotes);
    standInNotes.removeDuplicates();
    m_notes += standInNotes;
    if (m_options.tamper)
        m_options.tamper(m_loads);
}

const LabRunResult &LabSession::run()
{
    m_result = LabRunner::run(m_topology, m_plan, m_loads, m_options.runner);
    return m_result;
}

LabReportInput LabSession::reportInput(const QString &projectName) const
{
    return LabReportInput{projectName, m_options.firewall, m_topology, m_plan, m_result, m_notes};
}

} // namespace portolan
