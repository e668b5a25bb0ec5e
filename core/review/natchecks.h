#pragma once

#include "checkregistry.h"

#include <QCoreApplication>

namespace portolan {

// Advertise/listen consistency of ports whose catalog entry has `nat`
// behaviour (Kong 0.x cluster_listen/cluster_advertise, LiveKit rtc.node_ip).
class NatChecks
{
    Q_DECLARE_TR_FUNCTIONS(NatChecks)
public:
    // Its checks, each with its code and severity (CheckRegistry lists them all).
    static QList<CheckDef> checks();

private:
    static void advertiseUnreachable(const ReviewContext &context, CheckOutput *out);
    static void mappingMissing(const ReviewContext &context, CheckOutput *out);
    static void mappingPortMismatch(const ReviewContext &context, CheckOutput *out);
    static void mappingProtocolMissing(const ReviewContext &context, CheckOutput *out);
    static void listenAddressMissing(const ReviewContext &context, CheckOutput *out);
    static void autodetectWrongAddress(const ReviewContext &context, CheckOutput *out);
    static void portTranslatedIce(const ReviewContext &context, CheckOutput *out);
};

} // namespace portolan
