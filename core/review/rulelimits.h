#pragma once

#include "derive/ruleset.h"

#include <QString>

namespace portolan {

// How many rules a target behind an enforcement point accepts, in the
// one-source, one-range counting of RuleSet::count. Kept in one place so the
// review (limits.rules-exceeded) and the editor's rules view judge a rule
// set against the same numbers.
struct RuleLimit
{
    int max = 0;                        // 0 = the target states no limit
    bool perDirectionAndFamily = false; // AWS: each direction and family on its own
    QString target;                     // "AWS security group", for messages

    bool isLimited() const { return max > 0; }
    // The count the limit applies to: the worst bucket when per direction
    // and family, otherwise every rule of the set.
    int countOf(const RuleSet &set) const;
    bool exceededBy(const RuleSet &set) const { return isLimited() && countOf(set) > max; }

    static RuleLimit of(const RuleSet &set);
};

} // namespace portolan
