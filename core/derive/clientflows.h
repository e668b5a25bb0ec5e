#pragma once

#include "derivecontext.h"

#include <QCoreApplication>

namespace portolan {

// Pass: the `clients` ports each client says it uses, from the client's
// CIDRs (or its zone's), through the load balancer listener that fronts the
// port when there is one. A use naming a port that is off, or a peers,
// local, internal or egress port, gives no flow but a RefusedUse for the
// review. Admin ports are AdminFlows' business.
class ClientFlows
{
    Q_DECLARE_TR_FUNCTIONS(ClientFlows)
public:
    static void run(DeriveContext &context);
};

} // namespace portolan
