#pragma once

#include "../export-host/hostcases.h"

namespace portolan::test {

// Export cases for the network family: every bundled example (through
// HostCases, "example-<stem>") plus cases built in code to reach what the
// examples do not: remapped port ranges, IPv6 mappings, masquerade, UDP
// and TLS-terminating listeners ("corners"), and hostile text in every
// name and id that reaches a gateway or load balancer file ("hostile",
// with HostCases' payload and marker).
class NetworkCases
{
public:
    static QStringList names();
    static HostCase make(const QString &name);
};

} // namespace portolan::test
