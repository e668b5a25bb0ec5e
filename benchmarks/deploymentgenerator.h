#pragma once

#include <QByteArray>

namespace portolan {

// A synthetic project file of `nodes` nodes for the benchmarks: regions of
// about 1,000 nodes, each a cloud or datacenter with a VPC and subnets of 50
// nodes (zones nested three deep), a trusted admin network per region, mixed
// products (Kong 0.x clusters, LiveKit servers and SIP, Cumulocity core /
// Apama / OPC UA, base/host everywhere), a load balancer per subnet, a NAT
// layer with static mappings and source NAT and a boundary firewall per
// region, a VPN link between consecutive regions, and internet clients.
// Deterministic: the same `nodes` gives the same bytes.
class DeploymentGenerator
{
public:
    static QByteArray generate(int nodes);
};

} // namespace portolan
