#pragma once

#include "model/cidr.h"

#include <QHostAddress>
#include <QSet>

namespace portolan {

// Picks lab addresses that the plan does not use: free addresses inside a
// client's networks, public stand-ins for internet clients, and transit
// addresses for the legs between routers. Deterministic: the same plan and
// the same order of requests give the same addresses.
class LabAddresses
{
public:
    explicit LabAddresses(const CidrList &planNetworks);
    void reserve(const QHostAddress &address);
    // A free IPv4 host address inside `cidrs` (the highest usable first), or
    // a null address when every one is taken or none is IPv4.
    QHostAddress pickInside(const CidrList &cidrs);
    // A free public address (198.51.100.0/24, 203.0.113.0/24 as fallback)
    // outside every network the plan names.
    QHostAddress pickPublic();
    // A free transit address (100.127.0.0/16 first) outside every network
    // the plan names: legs between routers carry no plan address.
    QHostAddress pickTransit();

    static bool isPrivate(const QHostAddress &address);

private:
    QHostAddress pickFrom(const Cidr &cidr, bool downwards, bool avoidPlan);
    CidrList m_planNetworks;
    QSet<quint32> m_used;
};

} // namespace portolan
