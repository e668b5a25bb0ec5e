#include "labrouting.h"

#include "labaddresses.h"

#include <QQueue>
#include <QSet>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

struct Prefix
{
    Cidr cidr;
    QString segment;
};

QList<Prefix> prefixes(const LabTopology &topology)
{
    QList<Prefix> result;
    QSet<QString> seen;
    auto add = [&](const Cidr &cidr, const QString &segment) {
        if (seen.contains(cidr.toString()))
            return;
        seen.insert(cidr.toString());
        result.append({cidr, segment});
    };
    for (const LabSegment &s : topology.segments)
        for (const Cidr &c : s.cidrs)
            add(c, s.id);
    for (const LabNamespace &ns : topology.namespaces)
        for (const LabInterface &leg : ns.interfaces) {
            const LabSegment *segment = topology.segment(leg.segment);
            for (const QHostAddress &a : leg.addresses) {
                bool covered = false;
                for (const Cidr &c : segment->cidrs)
                    covered = covered || c.contains(a);
                if (!covered)
                    add(Cidr::host(a), leg.segment);
            }
        }
    return result;
}

// A leg's own address of `family` (its first one), or null: a router
// forwards a family only where both its legs carry it.
QHostAddress legAddress(const LabInterface &leg, QAbstractSocket::NetworkLayerProtocol family)
{
    for (const QHostAddress &a : leg.addresses)
        if (a.protocol() == family)
            return a;
    return {};
}

// The first hop from `from` towards `target` for one address family:
// breadth first over segments, routers as edges; {leg name, next-hop
// address}, or nothing.
std::optional<std::pair<QString, QHostAddress>> firstHop(const LabTopology &topology,
                                                         const LabNamespace &from, const QString &target,
                                                         QAbstractSocket::NetworkLayerProtocol family,
                                                         bool avoidInternet, const QString &internetSegment)
{
    struct Visit
    {
        QString segment;
        QString leg;
        QHostAddress via;
    };
    QQueue<Visit> queue;
    QSet<QString> visited;
    for (const LabInterface &leg : from.interfaces) {
        if (avoidInternet && leg.segment == internetSegment)
            continue;
        queue.enqueue({leg.segment, leg.name, QHostAddress()});
        visited.insert(leg.segment);
    }
    while (!queue.isEmpty()) {
        const Visit visit = queue.dequeue();
        for (const LabNamespace &router : topology.namespaces) {
            if (!router.forwarding || router.id == from.id || router.interfaces.size() < 2)
                continue;
            const LabInterface *entry = nullptr;
            for (const LabInterface &leg : router.interfaces)
                if (leg.segment == visit.segment)
                    entry = &leg;
            if (!entry || legAddress(*entry, family).isNull())
                continue;
            const QHostAddress via = visit.via.isNull() ? legAddress(*entry, family) : visit.via;
            for (const LabInterface &leg : router.interfaces) {
                if (visited.contains(leg.segment) || legAddress(leg, family).isNull())
                    continue;
                if (leg.segment == target)
                    return std::make_pair(visit.leg, via);
                if (avoidInternet && leg.segment == internetSegment)
                    continue;
                visited.insert(leg.segment);
                queue.enqueue({leg.segment, visit.leg, via});
            }
        }
    }
    return std::nullopt;
}

} // namespace

void LabRouting::route(LabTopology &topology, const QString &internetSegment)
{
    const QList<Prefix> all = prefixes(topology);
    for (LabNamespace &ns : topology.namespaces) {
        QList<LabRoute> routes;
        for (const Prefix &p : all) {
            const bool isPrivate = LabAddresses::isPrivate(p.cidr.network());
            if (ns.role == LabRole::Internet && isPrivate)
                continue; // the internet routes to public addresses only
            if (p.cidr.isHost() && ns.owns(p.cidr.network()))
                continue;
            const LabInterface *onLink = nullptr;
            for (const LabInterface &leg : ns.interfaces)
                if (leg.segment == p.segment)
                    onLink = &leg;
            if (onLink) {
                routes.append({p.cidr, onLink->name, QHostAddress()});
                continue;
            }
            const bool avoidInternet = isPrivate && p.segment != internetSegment;
            if (const auto hop = firstHop(topology, ns, p.segment, p.cidr.network().protocol(), avoidInternet,
                                          internetSegment))
                routes.append({p.cidr, hop->first, hop->second});
        }
        ns.routes = routes;
    }
}

} // namespace portolan
