#pragma once

#include <memory>

#include "reuseflows.h"
#include "ruleset.h"
#include "rulesetmemo.h"

#include "catalog/catalogset.h"
#include "model/project.h"

namespace portolan {

// Project + catalogs -> flows and rule sets, by the passes of
// docs/derivation.md in order. Pure and deterministic: the same input gives
// equal plans (and equal bytes once serialised); never throws.
class Deriver
{
public:
    static Derivation derive(const Project &project, const CatalogSet &catalogs);
    // Flows only (every pass up to SortFlows), for callers that need no rules.
    static FlowList flows(const Project &project, const CatalogSet &catalogs);
};

class DeriveContext;

// What one derivation leaves for the next derivation of the same document:
// its flows (with their keys) and what each rule set was compacted from.
struct DerivationMemo
{
    FlowList flows;
    QStringList flowKeys;
    RuleSetMemo ruleSets;
};

// derive() in its two stages, for a caller that overlaps the second with
// other work: the editor reviews the flows while the rule sets are built
// (the longer half at 1,000 nodes). derive() is exactly derivation() with
// ruleSets() put in.
class StagedDerivation
{
public:
    // Runs every flow pass. With `previous` (the memo of an earlier
    // derivation of the same document, see memo()), flows equal to its
    // flows share their data (ReuseFlows) and rule sets whose input did not
    // change are taken over; the result is the same as without it.
    StagedDerivation(const Project &project, const CatalogSet &catalogs,
                     std::shared_ptr<const DerivationMemo> previous = {});
    ~StagedDerivation();
    StagedDerivation(const StagedDerivation &) = delete;
    StagedDerivation &operator=(const StagedDerivation &) = delete;

    // Flows, local ports and refused uses; no rule sets.
    Derivation derivation() const;
    // Builds the rule sets. Reads only this object's own state, so it may
    // run on another thread while derivation()'s copy is read elsewhere; once.
    QList<RuleSet> ruleSets();
    // With `previous`: how the flows differ from its flows.
    const ReuseFlows::Changes &flowChanges() const { return m_flowChanges; }
    // After ruleSets(): this derivation's memo, for the next one.
    std::shared_ptr<const DerivationMemo> memo() const { return m_memo; }
    // After ruleSets(): how many rule sets were taken over from `previous`.
    int reusedRuleSets() const { return m_reused; }

private:
    std::unique_ptr<DeriveContext> m_context;
    std::shared_ptr<const DerivationMemo> m_previous;
    std::shared_ptr<DerivationMemo> m_memo;
    ReuseFlows::Changes m_flowChanges;
    int m_reused = 0;
};

} // namespace portolan
