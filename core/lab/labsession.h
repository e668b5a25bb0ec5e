#pragma once

#include "labloads.h"
#include "labprobelist.h"
#include "labreport.h"
#include "labrunner.h"
#include "labtopology.h"

#include "catalog/catalogset.h"
#include "derive/ruleset.h"
#include "model/project.h"

#include <functional>

namespace portolan {

// One rehearsal from a project to its report: topology, probes, the files
// to load (exported host rules, stand-ins), the run. What `portolan-cli
// lab` and the tests share.
class LabSession
{
public:
    struct Options
    {
        LabFirewall firewall = LabFirewall::Iptables;
        QString only;
        LabRunner::Options runner;
        // Balancers run their own HAProxy file where haproxy is installed;
        // off, the nft stand-in serves every listener.
        bool haproxy = true;
        // Edits the files before they are loaded: the tests' negative
        // controls (a dropped host rule, a removed NAT mapping).
        std::function<void(QList<LabLoad> &)> tamper;
        // Edits what the nodes advertise before it is probed: the
        // wrong-advertise control (a node advertising its inside address).
        std::function<void(QList<LabAdvertise> &)> tamperAdvertise;
    };

    LabSession(const Project &project, const CatalogSet &catalogs, const Options &options);
    // Everything but the run (pure): for --dry-run style inspection and tests.
    const LabTopology &topology() const { return m_topology; }
    const LabProbeList &probeList() const { return m_probeList; }
    const QList<LabLoad> &loads() const { return m_loads; }
    const QList<LabDaemon> &daemons() const { return m_daemons; }
    const QStringList &notes() const { return m_notes; }
    const Derivation &derived() const { return m_derived; }

    const LabRunResult &run();
    const LabRunResult &result() const { return m_result; }
    LabReportInput reportInput(const QString &projectName) const;

private:
    Options m_options;
    Derivation m_derived;
    LabTopology m_topology;
    LabProbeList m_probeList;
    QList<LabLoad> m_loads;
    QList<LabDaemon> m_daemons;
    QStringList m_notes;
    LabRunResult m_result;
};

} // namespace portolan
