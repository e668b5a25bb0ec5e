#pragma once

#include "derivecontext.h"

namespace portolan {

// Pass: the balancer's own leg of every listener, load balancer -> target
// node port (the target port as the node resolves it from its settings), with
// the balancer in `via`. A listener whose target port is off gives nothing
// (the review reports it).
class LoadBalancerFlows
{
public:
    static void run(DeriveContext &context);
};

} // namespace portolan
