#pragma once

#include "checkregistry.h"

#include <QCoreApplication>

namespace portolan {

// What a client's use of a node or load balancer gives, port by port. A use
// names a catalog port, or none (every port for the client's role); a port
// that is off (an optional port not enabled, a listen setting "off"),
// bound to loopback (Kong 3.3's admin_listen defaults to 127.0.0.1:8001) or
// not for the client's role gives no flow. Derivation leaves it out
// silently; this says so, naming the setting to change. An error when the
// use gives nothing at all, a warning when it gives less than it asks for
// (an admin client that gets SSH only).
class ClientUseChecks
{
    Q_DECLARE_TR_FUNCTIONS(ClientUseChecks)
public:
    // Its checks, each with its code and severity (CheckRegistry lists them all).
    static QList<CheckDef> checks();

private:
    static void useUnreachable(const ReviewContext &context, CheckOutput *out);
};

} // namespace portolan
