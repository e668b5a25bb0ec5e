#pragma once

#include "checkregistry.h"

#include <QCoreApplication>

namespace portolan {

// What one node's own configuration asks of it: ports that collide, need
// privileges, or cannot carry the planned load.
class HostChecks
{
    Q_DECLARE_TR_FUNCTIONS(HostChecks)
public:
    // Its checks, each with its code and severity (CheckRegistry lists them all).
    static QList<CheckDef> checks();

private:
    static void portConflict(const ReviewContext &context, CheckOutput *out);
    static void privilegedPort(const ReviewContext &context, CheckOutput *out);
    static void transparentCapability(const ReviewContext &context, CheckOutput *out);
    static void portRangeTooSmall(const ReviewContext &context, CheckOutput *out);
    static void tlsPortWithoutLoadBalancer(const ReviewContext &context, CheckOutput *out);
};

} // namespace portolan
