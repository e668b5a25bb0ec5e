#pragma once

#include "derivecontext.h"

namespace portolan {

// Pass: `local` ports (Kong's 7373) are never a flow nor a rule; they are
// recorded with their bind address so the review can check they stay on
// loopback. Ports of other audiences bound to loopback (Kong's
// "127.0.0.1:8001" Admin API) are recorded too: no rule opens them.
class LocalPorts
{
public:
    static void run(DeriveContext &context);
};

} // namespace portolan
