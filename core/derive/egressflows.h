#pragma once

#include "derivecontext.h"

namespace portolan {

// Pass: `egress` ports, the node connecting out: to the internet (the
// project's internet zone, 0.0.0.0/0 and ::/0 unless narrowed) or to every
// node running the named component ("<catalog>/<component>"). Source NAT on
// the way is added by NatHops.
class EgressFlows
{
public:
    static void run(DeriveContext &context);
};

} // namespace portolan
