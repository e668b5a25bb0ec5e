#pragma once

#include "derivecontext.h"

namespace portolan {

// Pass 1: every component of every node as a ComponentInstance with its
// enabled ports resolved from the node's settings, plus the indices the later
// passes look things up by (nodes per component, listeners per target).
// A port bound to a loopback address is set apart: no flow can reach it.
// Unknown component references are skipped: the project reader refuses them.
class ResolveComponents
{
public:
    static void run(DeriveContext &context);
};

} // namespace portolan
