#include "boundaryhops.h"

#include "nathops.h"

#include <QHash>

#include <algorithm>

namespace portolan {

namespace {

bool withinAny(const DeriveContext &context, int zone, const QList<ElementId> &zones)
{
    return std::any_of(zones.cbegin(), zones.cend(),
                       [&](const ElementId &id) { return context.zoneWithin(zone, context.zoneIndex(id)); });
}

// Which end the firewall protects: 1 source, 2 destination, 0 not crossed.
int crossing(const DeriveContext &context, const Firewall &fw, int a, int b)
{
    const bool insideA = withinAny(context, a, fw.inside);
    const bool insideB = withinAny(context, b, fw.inside);
    if (insideA == insideB)
        return 0;
    const int other = insideA ? b : a;
    const int outside = context.zoneIndex(fw.outside);
    if (outside < 0)
        return 0;
    const bool reaches = context.zoneWithin(other, outside) || context.zoneWithin(outside, other);
    return reaches ? (insideA ? 1 : 2) : 0;
}

FlowHop boundaryHop(HopKind kind, const ElementId &id)
{
    FlowHop hop;
    hop.kind = kind;
    hop.id = id;
    return hop;
}

bool byId(const FlowHop &x, const FlowHop &y)
{
    return x.id < y.id;
}

} // namespace

QList<FlowHop> BoundaryHops::between(const DeriveContext &context, int a, int b)
{
    QList<FlowHop> leaving, links, entering;
    for (const Firewall &fw : context.project.firewalls) {
        const int side = crossing(context, fw, a, b);
        if (side == 1)
            leaving.append(boundaryHop(HopKind::Firewall, fw.id));
        else if (side == 2)
            entering.append(boundaryHop(HopKind::Firewall, fw.id));
    }
    for (const Link &link : context.project.links) {
        const int la = context.zoneIndex(link.a), lb = context.zoneIndex(link.b);
        if ((context.zoneWithin(a, la) && context.zoneWithin(b, lb)) ||
            (context.zoneWithin(a, lb) && context.zoneWithin(b, la)))
            links.append(boundaryHop(HopKind::Link, link.id));
    }
    std::sort(leaving.begin(), leaving.end(), byId);
    std::sort(links.begin(), links.end(), byId);
    std::sort(entering.begin(), entering.end(), byId);
    return leaving + links + entering;
}

void BoundaryHops::run(DeriveContext &context)
{
    if (context.project.firewalls.isEmpty() && context.project.links.isEmpty())
        return;
    QHash<quint64, QList<FlowHop>> cache;
    for (Flow &flow : context.flows) {
        const int a = context.zoneIndex(flow.source.zone);
        const int b = context.zoneIndex(flow.destination.zone);
        const quint64 key = (quint64(quint32(a)) << 32) | quint32(b);
        auto it = cache.find(key);
        if (it == cache.end())
            it = cache.insert(key, between(context, a, b));
        if (it->isEmpty())
            continue;
        const qsizetype at = NatHops::sourceSideEnd(flow);
        for (qsizetype i = 0; i < it->size(); ++i) {
            FlowHop hop = it->at(i);
            hop.fromPorts = hop.toPorts = flow.ports;
            flow.via.insert(at + i, hop);
        }
    }
}

} // namespace portolan
