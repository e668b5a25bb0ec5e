#pragma once

#include "derivecontext.h"

namespace portolan {

// Pass: `egress` ports, the node connecting out: to the internet (the
// project's internet zone, 0.0.0.0/0 and ::/0 unless narrowed) or to the
// nodes running the named component ("<catalog>/<component>"), those with
// the source's cluster label when there are any. When either side has more
// than MemberSet::PairwiseLimit nodes both sides become member sets. Source
// NAT on the way is added by NatHops.
class EgressFlows
{
public:
    static void run(DeriveContext &context);
};

} // namespace portolan
