#pragma once

#include "finding.h"
#include "reviewcontext.h"

#include <QCoreApplication>

namespace portolan {

// Advertise/listen consistency of ports whose catalog entry has `nat`
// behaviour (Kong 0.x cluster_listen/cluster_advertise, LiveKit rtc.node_ip).
// Each function is one check with one code; CheckRegistry lists them.
class NatChecks
{
    Q_DECLARE_TR_FUNCTIONS(NatChecks)
public:
    static void advertiseUnreachable(const ReviewContext &context, Findings *out);
    static void mappingMissing(const ReviewContext &context, Findings *out);
    static void mappingPortMismatch(const ReviewContext &context, Findings *out);
    static void mappingProtocolMissing(const ReviewContext &context, Findings *out);
    static void listenAddressMissing(const ReviewContext &context, Findings *out);
    static void autodetectWrongAddress(const ReviewContext &context, Findings *out);
    static void portTranslatedIce(const ReviewContext &context, Findings *out);
};

} // namespace portolan
