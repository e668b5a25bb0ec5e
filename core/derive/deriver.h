#pragma once

#include <memory>

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

class DeriveContext;

// derive() in its two stages, for a caller that overlaps the second with
// other work: the editor reviews the flows while the rule sets are built
// (the longer half at 1,000 nodes). derive() is exactly plan() with
// ruleSets() put in.
class StagedDerivation
{
public:
    // Runs every flow pass.
    StagedDerivation(const Project &project, const CatalogSet &catalogs);
    ~StagedDerivation();
    StagedDerivation(const StagedDerivation &) = delete;
    StagedDerivation &operator=(const StagedDerivation &) = delete;

    // Flows, local ports and refused uses; no rule sets.
    DerivedPlan plan() const;
    // Builds the rule sets. Reads only this object's own state, so it may
    // run on another thread while plan()'s copy is read elsewhere; once.
    QList<RuleSet> ruleSets();

private:
    std::unique_ptr<DeriveContext> m_context;
};

} // namespace portolan
