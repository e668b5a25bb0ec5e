#pragma once

#include "derivecontext.h"

namespace portolan {

// Pass: `internal` ports (Cumulocity's any-to-any): every node running a
// component of the same catalog reaches them, on every protocol the port
// names (protocol any: all traffic). Large deployments use member sets.
class InternalFlows
{
public:
    static void run(DeriveContext &context);
};

} // namespace portolan
