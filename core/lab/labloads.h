#pragma once

#include "labprobeplan.h"
#include "labtopology.h"

#include "export/exporter.h"

namespace portolan {

enum class LabFirewall
{
    Iptables,
    Nftables
};
QString labFirewallName(LabFirewall firewall); // "iptables", "nftables"

// A file the lab loads into one namespace, as a person applies it:
// `iptables-restore < FILE` or `nft -f FILE`. This is the plug-in point for
// every exporter: host rules today; gateway files (boundary firewalls, NAT)
// on the routers and balancer configurations once those exporters exist.
// Where none exists yet the lab writes a stand-in and says so.
struct LabLoad
{
    enum class Tool
    {
        IptablesRestore,
        Nft
    };
    QString namespaceId;
    ElementId element;
    Tool tool = Tool::Nft;
    QString origin; // exported file name, or "stand-in"
    QByteArray content;
    bool standIn = false;
    friend bool operator==(const LabLoad &, const LabLoad &) = default;
};

class LabLoads
{
public:
    // Every host's exported rules for `firewall`, by the exporter the
    // `export` command uses, one load per host namespace of the node.
    static QList<LabLoad> hostRules(const ExportInput &input, const LabTopology &topology,
                                    LabFirewall firewall, QStringList *problems);
    // nft stand-ins for the devices no exporter covers yet: NAT layers'
    // static mappings (DNAT) and source NAT (SNAT), balancers (DNAT to the
    // first target host, SNAT to the balancer). `notes` says what stands in.
    static QList<LabLoad> standIns(const Project &project, const LabTopology &topology,
                                   const LabProbePlan &plan, QStringList *notes);
};

} // namespace portolan
