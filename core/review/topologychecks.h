#pragma once

#include "checkregistry.h"

#include <QCoreApplication>

namespace portolan {

// The shape of the plan: overlapping networks, clusters split across sites
// without a VPN, and elements nothing uses.
class TopologyChecks
{
    Q_DECLARE_TR_FUNCTIONS(TopologyChecks)
public:
    // Its checks, each with its code and severity (CheckRegistry lists them all).
    static QList<CheckDef> checks();

private:
    static void cidrOverlap(const ReviewContext &context, CheckOutput *out);
    static void clusterWithoutVpn(const ReviewContext &context, CheckOutput *out);
    static void unusedNode(const ReviewContext &context, CheckOutput *out);
    static void unusedClient(const ReviewContext &context, CheckOutput *out);
    static void unusedZone(const ReviewContext &context, CheckOutput *out);
};

} // namespace portolan
