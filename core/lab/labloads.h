#pragma once

#include "labbalancers.h"
#include "labprobelist.h"
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
// `iptables-restore < FILE`, `ip6tables-restore < FILE` or `nft -f FILE`. This is the plug-in point for
// every exporter: host rules on the hosts, the boundary firewalls' and NAT
// layers' gateway files on their routers. A balancer's HAProxy file runs as
// a daemon (LabDaemon), not as a load.
struct LabLoad
{
    enum class Tool
    {
        IptablesRestore,
        Ip6tablesRestore,
        Nft,
        IpsetRestore // `ipset restore -exist`: a shared set, before the iptables file naming it
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
    // Every host's exported rules for `firewall`, by the exporters the
    // `export` command uses, per host namespace of the node: its nftables
    // file, or its iptables and ip6tables files.
    static QList<LabLoad> hostRules(const ExportInput &input, const LabTopology &topology,
                                    LabFirewall firewall, QStringList *problems);
    // The gateway exporters' files (gateway-iptables or gateway-nftables,
    // as `firewall` says) on the routers that stand for boundary firewalls
    // and NAT layers: the very files the bundle hands to the people who run
    // those devices, firewalls' first (the bundle README's order), both on a
    // router that is the two (LabNamespace::firewalls).
    static QList<LabLoad> gatewayRules(const ExportInput &input, const LabTopology &topology,
                                       LabFirewall firewall, QStringList *problems);
    // Stand-ins for the devices no loaded file covers: balancers (nft DNAT
    // to the first target host, SNAT to the balancer), a boundary firewall
    // without a file in the family (a plain router) and a NAT layer without
    // a gateway file. `notes` says what stands in. A balancer running its
    // own HAProxy file (`daemons`) keeps a stand-in only for the UDP
    // listeners HAProxy cannot serve.
    static QList<LabLoad> standIns(const Project &project, const LabTopology &topology,
                                   const LabProbeList &probeList, const QList<LabLoad> &loaded,
                                   const QList<LabDaemon> &daemons, QStringList *notes);
};

} // namespace portolan
