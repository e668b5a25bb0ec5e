#pragma once

#include "finding.h"
#include "reviewcontext.h"

namespace portolan {

// One named check: it raises findings with exactly one code.
struct CheckDef
{
    QString code;            // "nat.advertise-unreachable"
    Severity severity;       // its usual severity (exposure.admin-untrusted drops to warning with auth)
    bool needsFlows = false; // reads DerivedPlan flows or rule sets
    void (*run)(const ReviewContext &, Findings *) = nullptr;
    bool needsRuleSets = false; // reads DerivedPlan::ruleSets (the editor runs it last)
};

// The one list of checks; adding a check is one line here.
class CheckRegistry
{
public:
    static const QList<CheckDef> &checks();
    static const CheckDef *find(const QString &code);
};

} // namespace portolan
