#pragma once

#include <QByteArray>
#include <QList>

namespace portolan {

// Plans that grow one dimension at a time, for bench_shapes: everything
// else stays fixed, so a fitted complexity says how that one dimension
// scales (issue 20). Each plan comes with the user catalogs it uses.
class ShapeGenerator
{
public:
    enum class Dimension
    {
        Nodes,             // n nodes, each a service and base/host (admin, egress)
        Clients,           // n clients on one node of 100 ports, each its own network and port
        UsesPerClient,     // one client, n uses of 10 nodes x 1,000 ports
        PortsPerComponent, // one component of n ports (the catalog caps a list at 1,000)
        ComponentsPerNode, // one node running n components of one port each
        NatMappings,       // one NAT with n static mappings to a node's range
        NestingDepth,      // a node n zones deep
        MemberSetSize,     // one cluster of n nodes (peer flows through member sets)
        FlowsPerPoint,     // n clients of one port: one rule set, n flows into one rule
        ClusterSites,      // one cluster of n nodes, each in its own datacenter, none linked
        NatZones,          // one cluster: n nodes, each in its own zone, and one behind a NAT reaching them
    };

    struct Plan
    {
        QByteArray project;
        QList<QByteArray> catalogs; // each a catalog file; its id is in the file
    };

    static Plan generate(Dimension dimension, int n);
    static const char *name(Dimension dimension);
};

} // namespace portolan
