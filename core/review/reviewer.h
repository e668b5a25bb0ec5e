#pragma once

#include "finding.h"

#include "catalog/catalogset.h"
#include "derive/ruleset.h"
#include "model/project.h"

namespace portolan {

class ReviewContext;

// Runs every registered check over a project and its derivation.
class Reviewer
{
public:
    // Sorted (findingLess) and free of duplicates.
    static Findings review(const Project &project, const CatalogSet &catalogs, const Derivation &derivation);
    // Only the checks whose code is in `codes` (all when empty).
    static Findings review(const Project &project, const CatalogSet &catalogs, const Derivation &derivation,
                           const QStringList &codes);
    // Every check over a context the caller keeps (and reuses for the NAT
    // analyses and the proposal: one analysis per project state).
    static Findings review(const ReviewContext &context);
    // The same in two parts, for a caller that builds the rule sets while
    // the other checks run (StagedDerivation): each part sorted; merge()
    // gives what review(context) gives.
    enum class Part
    {
        WithoutRuleSets,
        RuleSetsOnly
    };
    static Findings review(const ReviewContext &context, Part part);
    static Findings merge(Findings a, const Findings &b);
};

} // namespace portolan
