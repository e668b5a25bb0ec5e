#pragma once

#include "labbalancers.h"
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
// every exporter: host rules on the hosts, the NAT layers' gateway files on
// their routers. A balancer's HAProxy file and a boundary firewall's file
// are not run here yet: the lab stands in for them and says so.
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
    // The gateway exporters' files (gateway-iptables or gateway-nftables,
    // as `firewall` says) on the routers that stand for NAT layers: the very
    // files the bundle hands to the people who run those devices.
    static QList<LabLoad> gatewayRules(const ExportInput &input, const LabTopology &topology,
                                       LabFirewall firewall, QStringList *problems);
    // Stand-ins for the devices no loaded file covers: balancers (nft DNAT
    // to the first target host, SNAT to the balancer), boundary firewalls
    // (plain routers) and a NAT layer without a gateway file. `notes` says
    // what stands in. A balancer running its own HAProxy file (`daemons`)
    // keeps a stand-in only for the UDP listeners HAProxy cannot serve.
    static QList<LabLoad> standIns(const Project &project, const LabTopology &topology,
                                   const LabProbePlan &plan, const QList<LabLoad> &loaded,
                                   const QList<LabDaemon> &daemons, QStringList *notes);
};

} // namespace portolan
