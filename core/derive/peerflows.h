#pragma once

#include "derivecontext.h"

namespace portolan {

// Pass: `peers` ports between the nodes of one cluster only: the same
// component reference and the same `cluster` value. Each protocol the
// catalog names is its own flow (Kong's 7946 is tcp and udp). The port is
// the destination node's own (its settings); a NAT in between is added by
// NatHops. Large clusters use member sets (MemberSet).
class PeerFlows
{
public:
    static void run(DeriveContext &context);
};

} // namespace portolan
