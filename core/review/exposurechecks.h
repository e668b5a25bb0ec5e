#pragma once

#include "checkregistry.h"

#include <QCoreApplication>

namespace portolan {

// Who reaches what: admin, local and cluster ports reachable from where the
// catalog says they must not be. Flow-based checks read Derivation::flows.
class ExposureChecks
{
    Q_DECLARE_TR_FUNCTIONS(ExposureChecks)
public:
    // Its checks, each with its code and severity (CheckRegistry lists them all).
    static QList<CheckDef> checks();

    // The zone a flow endpoint stands in (a client's, node's or LB's zone).
    static ElementId zoneOf(const ReviewContext &context, const FlowEndpoint &endpoint);
    static const PortDef *portOf(const ReviewContext &context, const Flow &flow);
    static QString formatAddressPortText(bool ipv6, int port); // loopback address:port

private:
    static void adminUntrusted(const ReviewContext &context, CheckOutput *out);
    static void localPort(const ReviewContext &context, CheckOutput *out);
    static void clusterOutside(const ReviewContext &context, CheckOutput *out);
};

} // namespace portolan
