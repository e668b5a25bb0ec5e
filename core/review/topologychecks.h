#pragma once

#include "finding.h"
#include "reviewcontext.h"

#include <QCoreApplication>

namespace portolan {

// The shape of the plan: overlapping networks, clusters split across sites
// without a VPN, and elements nothing uses.
class TopologyChecks
{
    Q_DECLARE_TR_FUNCTIONS(TopologyChecks)
public:
    static void cidrOverlap(const ReviewContext &context, Findings *out);
    static void clusterWithoutVpn(const ReviewContext &context, Findings *out);
    static void unusedNode(const ReviewContext &context, Findings *out);
    static void unusedClient(const ReviewContext &context, Findings *out);
    static void unusedZone(const ReviewContext &context, Findings *out);
};

} // namespace portolan
