#pragma once

#include "derivecontext.h"

namespace portolan {

// Pass: `internal` ports (Cumulocity's any-to-any): every node of the same
// deployment reaches them, on every protocol the port names (protocol any:
// all traffic). A deployment is the nodes running components of one catalog
// with the same `cluster` label (none: one deployment per catalog). Large
// deployments use member sets.
class InternalFlows
{
public:
    static void run(DeriveContext &context);
};

} // namespace portolan
