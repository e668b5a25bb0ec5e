#pragma once

#include "checkregistry.h"

#include <QCoreApplication>

namespace portolan {

// Flows whose path cannot work (derive/flowpaths.h): one error per flow,
// naming its source, destination, port and the element where the packet
// stops, with a fix that names the element to change.
class PathChecks
{
    Q_DECLARE_TR_FUNCTIONS(PathChecks)
public:
    // Its checks, each with its code and severity (CheckRegistry lists them all).
    static QList<CheckDef> checks();

private:
    static void privateUnreachable(const ReviewContext &context, CheckOutput *out);
    static void natNoMapping(const ReviewContext &context, CheckOutput *out);
    static void egressNoSourceNat(const ReviewContext &context, CheckOutput *out);
    static void sitesNotLinked(const ReviewContext &context, CheckOutput *out);
};

} // namespace portolan
