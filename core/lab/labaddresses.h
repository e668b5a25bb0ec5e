#pragma once

#include "model/cidr.h"

#include <QHostAddress>
#include <QSet>

namespace portolan {

// Picks lab addresses that the plan does not use: free addresses inside a
// client's networks, public stand-ins for internet clients, and transit
// addresses for the legs between routers, in either family. Deterministic:
// the same plan and the same order of requests give the same addresses.
class LabAddresses
{
public:
    using Family = QAbstractSocket::NetworkLayerProtocol; // IPv4Protocol or IPv6Protocol

    explicit LabAddresses(const CidrList &planNetworks);
    void reserve(const QHostAddress &address);
    // A free host address of `family` inside `cidrs` (the highest usable
    // first), or a null address when every one is taken or none is of the family.
    QHostAddress pickInside(const CidrList &cidrs, Family family = QAbstractSocket::IPv4Protocol);
    // A free public address (IPv4: 198.51.100.0/24, 203.0.113.0/24 as
    // fallback; IPv6: 2001:db8:ffff::/64, documentation space) outside every
    // network the plan names.
    QHostAddress pickPublic(Family family = QAbstractSocket::IPv4Protocol);
    // A free transit address (IPv4: 100.127.0.0/16 first; IPv6: fd70:6c::/64,
    // unique-local) outside every network the plan names: legs between
    // routers carry no plan address.
    QHostAddress pickTransit(Family family = QAbstractSocket::IPv4Protocol);

    static bool isPrivate(const QHostAddress &address);

private:
    QHostAddress pickFrom(const Cidr &cidr, bool downwards, bool avoidPlan);
    QHostAddress pickFromList(const char *const *texts, int count, bool downwards, bool avoidPlan);
    CidrList m_planNetworks;
    QSet<QHostAddress> m_used;
};

} // namespace portolan
