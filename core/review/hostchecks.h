#pragma once

#include "finding.h"
#include "reviewcontext.h"

#include <QCoreApplication>

namespace portolan {

// What one node's own configuration asks of it: ports that collide, need
// privileges, or cannot carry the planned load.
class HostChecks
{
    Q_DECLARE_TR_FUNCTIONS(HostChecks)
public:
    static void portConflict(const ReviewContext &context, Findings *out);
    static void privilegedPort(const ReviewContext &context, Findings *out);
    static void transparentCapability(const ReviewContext &context, Findings *out);
    static void portRangeTooSmall(const ReviewContext &context, Findings *out);
    static void tlsPortWithoutLoadBalancer(const ReviewContext &context, Findings *out);
};

} // namespace portolan
