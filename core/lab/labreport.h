#pragma once

#include "labloads.h"
#include "labprobelist.h"
#include "labrunner.h"

#include <QJsonObject>

namespace portolan {

// What a lab run showed, per flow and per must-not, as text and JSON.
struct LabReportInput
{
    QString project;
    LabFirewall firewall = LabFirewall::Iptables;
    const LabTopology &topology;
    const LabProbeList &probeList;
    const LabRunResult &run;
    QStringList notes; // stand-ins and what the lab leaves out
};

class LabReport
{
public:
    struct Counts
    {
        int flows = 0, flowsAsPlanned = 0, flowsSkipped = 0;
        int mustNots = 0, mustNotsClosed = 0;
        int advertises = 0, advertisesAsPlanned = 0, advertisesSkipped = 0;
        bool allAsPlanned() const
        {
            return flowsAsPlanned + flowsSkipped == flows && mustNotsClosed == mustNots &&
                   advertisesAsPlanned + advertisesSkipped == advertises;
        }
    };
    static Counts count(const LabProbeList &probeList, const LabRunResult &run);
    static QString text(const LabReportInput &input);
    static QJsonObject json(const LabReportInput &input);
};

} // namespace portolan
