#pragma once

#include "derivecontext.h"

namespace portolan {

// Pass: NAT layers on each flow's path.
// Destination NAT: a flow from outside a NAT's inside zone to a node or
// load balancer inside it goes through the static mapping whose inside
// address:port is what the destination listens on; the hop records outside address:port -> inside
// address:port (the flow keeps the inside port: what the node sees). With no
// mapping there is no hop (the review reports the node as unreachable).
// Source NAT: a flow leaving a NAT's inside zone through a layer with
// source_nat leaves with the NAT's outside address (ports unchanged); the
// rule sets beyond it see that address. A flow to another site joined by a
// link (VPN, peering) takes the link, not the NAT.
class NatHops
{
public:
    static void run(DeriveContext &context);
    // Where hops go in `via`: after the source-side ones (the balancer that
    // sends the flow, source NAT), before the destination-side ones
    // (destination NAT, the balancer the flow goes to).
    static qsizetype sourceSideEnd(const Flow &flow);
    static qsizetype destinationSideStart(const Flow &flow);
};

} // namespace portolan
