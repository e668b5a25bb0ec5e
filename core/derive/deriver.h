#pragma once

#include "ruleset.h"

#include "catalog/catalogset.h"
#include "model/project.h"

namespace portolan {

// Project + catalogs -> flows and rule sets, by the passes of
// docs/derivation.md in order. Pure and deterministic: the same input gives
// equal plans (and equal bytes once serialised); never throws.
class Deriver
{
public:
    static DerivedPlan derive(const Project &project, const CatalogSet &catalogs);
    // Flows only (every pass up to SortFlows), for callers that need no rules.
    static FlowList flows(const Project &project, const CatalogSet &catalogs);
};

} // namespace portolan
