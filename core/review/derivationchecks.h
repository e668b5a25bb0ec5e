#pragma once

#include "checkregistry.h"

#include <QCoreApplication>

namespace portolan {

// Checks on the derivation: paths whose middleboxes drop sessions too
// early, and rule sets too large for their target.
class DerivationChecks
{
    Q_DECLARE_TR_FUNCTIONS(DerivationChecks)
public:
    // Its checks, each with its code and severity (CheckRegistry lists them all).
    static QList<CheckDef> checks();

private:
    static void idleTimeout(const ReviewContext &context, CheckOutput *out);
    static void ruleLimits(const ReviewContext &context, CheckOutput *out);
};

} // namespace portolan
