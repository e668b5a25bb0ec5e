#pragma once

#include "derivecontext.h"

namespace portolan {

// Pass: boundaries each flow crosses, between its source-side and
// destination-side hops. A Firewall is crossed when one end is within one of
// its `inside` zones and the other end is not but is within its `outside`
// zone, above it, or anywhere when the outside is the internet. A Link (VPN,
// peering) is crossed when the ends sit on its two sides. Hops depend only
// on the two zones, so they are computed once per zone pair.
class BoundaryHops
{
public:
    static void run(DeriveContext &context);
    // The firewall and link hops between two zones (indices; -1 = none).
    static QList<FlowHop> between(const DeriveContext &context, int sourceZone, int destinationZone);
};

} // namespace portolan
