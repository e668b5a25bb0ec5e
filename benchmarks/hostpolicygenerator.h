#pragma once

#include <QByteArray>

namespace portolan {

// The shape of a firewall policy file (Aerleon, Capirca): one host, `terms`
// terms "named source network -> port or range, tcp|udp|both". Written as a
// user catalog of 10 components with terms / 10 ports each (at most 1,000, the
// catalog's cap per list) on one node, and one client per term using one port.
// Source networks are shared by pairs of terms (a group's tcp and udp term),
// have one to three CIDRs, and every 50th term is open to any source. Port
// numbers mix well-known ports (many terms on 443), random high ports and
// ranges, so several terms (and components) claim the same port.
// Deterministic: the same `terms` gives the same bytes.
class HostPolicyGenerator
{
public:
    static constexpr int Components = 10;
    static constexpr const char *CatalogId = "hostpolicy";

    static QByteArray catalog(int terms);
    static QByteArray project(int terms);
};

} // namespace portolan
