#pragma once

#include "derivecontext.h"

namespace portolan {

// Pass: flows in Flow::key order with duplicates removed (a client naming a
// port both on the balancer and on the node, two listeners to one port), so
// the same project always gives the same list.
class SortFlows
{
public:
    static void run(DeriveContext &context);
};

} // namespace portolan
