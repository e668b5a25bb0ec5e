#pragma once

#include "finding.h"
#include "reviewcontext.h"

#include <QCoreApplication>

namespace portolan {

// Flows whose path cannot work (derive/flowpaths.h): one error per flow,
// naming its source, destination, port and the element where the packet
// stops, with a fix that names the element to change.
class PathChecks
{
    Q_DECLARE_TR_FUNCTIONS(PathChecks)
public:
    static void privateUnreachable(const ReviewContext &context, Findings *out);
    static void natNoMapping(const ReviewContext &context, Findings *out);
    static void egressNoSourceNat(const ReviewContext &context, Findings *out);
    static void sitesNotLinked(const ReviewContext &context, Findings *out);
};

} // namespace portolan
