#pragma once

#include "finding.h"
#include "reviewcontext.h"

#include <QCoreApplication>

namespace portolan {

// Checks on the derived plan: paths whose middleboxes drop sessions too
// early, and rule sets too large for their target.
class PlanChecks
{
    Q_DECLARE_TR_FUNCTIONS(PlanChecks)
public:
    static void idleTimeout(const ReviewContext &context, Findings *out);
    static void ruleLimits(const ReviewContext &context, Findings *out);
};

} // namespace portolan
