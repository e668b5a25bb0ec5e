#include "nathops.h"

#include "zonerouting.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

QString mappingKey(const QHostAddress &address, Protocol protocol)
{
    return address.toString() % u'/' % protocolName(protocol);
}

struct NatIndex
{
    // zone index -> NAT indices whose inside zone contains it, innermost first
    QList<QList<int>> natsOfZone;
    QList<QMultiHash<QString, int>> mappings; // per NAT: inside address/protocol -> mapping index
};

NatIndex buildIndex(const DeriveContext &context)
{
    const Project &project = context.project;
    NatIndex index;
    index.natsOfZone.resize(project.zones.size());
    index.mappings.resize(project.natLayers.size());
    // A zone's own NATs, then its parent's list (innermost first), parents
    // before children: linear in the zones however deep they nest.
    QList<QList<int>> natsByInside(project.zones.size());
    for (int n = 0; n < project.natLayers.size(); ++n)
        if (const int inside = context.zoneIndex(project.natLayers[n].inside); inside >= 0)
            natsByInside[inside].append(n);
    for (int z : context.zones().topDown()) {
        const int parent = context.zones().parent(z);
        index.natsOfZone[z] = natsByInside[z];
        if (parent >= 0)
            index.natsOfZone[z] += index.natsOfZone[parent];
    }
    for (int n = 0; n < project.natLayers.size(); ++n) {
        const QList<NatMapping> &mappings = project.natLayers[n].mappings;
        for (int m = 0; m < mappings.size(); ++m)
            index.mappings[n].insert(mappingKey(mappings[m].insideAddress, mappings[m].protocol), m);
    }
    return index;
}

// The mappings that reach the destination's hosts on the flow's ports, one
// per host address that has one (a group behind a one-to-one NAT has many).
QList<const NatMapping *> findMappings(const NatIndex &index, const NatLayer &nat, int natIndex,
                                       const Flow &flow)
{
    QList<const NatMapping *> found;
    for (const Cidr &cidr : flow.destination.cidrs) {
        if (!cidr.isHost())
            continue;
        const QList<int> candidates =
            index.mappings[natIndex].values(mappingKey(cidr.network(), flow.protocol));
        const NatMapping *best = nullptr;
        for (int m : candidates) {
            const NatMapping &mapping = nat.mappings[m];
            // values() lists the newest first: the last covering one is the
            // first in file order.
            if (mapping.insidePorts.from <= flow.ports.from && mapping.insidePorts.to >= flow.ports.to)
                best = &mapping;
        }
        if (best)
            found.append(best);
    }
    return found;
}

PortRange outsidePorts(const NatMapping &mapping, const PortRange &inside)
{
    const int offset = inside.from - mapping.insidePorts.from;
    return {mapping.outsidePorts.from + offset, mapping.outsidePorts.from + offset + inside.count() - 1};
}

} // namespace

qsizetype NatHops::sourceSideEnd(const Flow &flow)
{
    qsizetype i = 0;
    while (i < flow.via.size() &&
           ((flow.via[i].kind == HopKind::LoadBalancer && flow.via[i].id == flow.source.id) ||
            (flow.via[i].kind == HopKind::Nat && flow.via[i].sourceNat)))
        ++i;
    return i;
}

qsizetype NatHops::destinationSideStart(const Flow &flow)
{
    qsizetype i = flow.via.size();
    while (i > sourceSideEnd(flow) &&
           ((flow.via[i - 1].kind == HopKind::LoadBalancer && flow.via[i - 1].id == flow.destination.id) ||
            (flow.via[i - 1].kind == HopKind::Nat && !flow.via[i - 1].sourceNat)))
        --i;
    return i;
}

void NatHops::run(DeriveContext &context)
{
    const Project &project = context.project;
    if (project.natLayers.isEmpty())
        return;
    const NatIndex index = buildIndex(context);
    const ZoneRouting routing(project);
    static const QList<int> none;
    for (Flow &flow : context.flows) {
        const int sourceZone = context.zoneIndex(flow.source.zone);
        const int destinationZone = context.zoneIndex(flow.destination.zone);
        const QList<int> &sourceNats = sourceZone >= 0 ? index.natsOfZone[sourceZone] : none;
        const QList<int> &destinationNats = destinationZone >= 0 ? index.natsOfZone[destinationZone] : none;

        // Source NAT, innermost layer first along the path. A link (VPN,
        // peering) to another site carries the packet past the NAT's edge.
        const bool overLink = routing.site(sourceZone) != routing.site(destinationZone) &&
                              routing.linked(sourceZone, destinationZone);
        QList<FlowHop> snat;
        for (int n : overLink ? none : sourceNats) {
            const NatLayer &nat = project.natLayers[n];
            if (!nat.sourceNat || destinationNats.contains(n))
                continue;
            FlowHop hop;
            hop.kind = HopKind::Nat;
            hop.id = nat.id;
            hop.sourceNat = true;
            hop.fromAddress =
                snat.isEmpty() && flow.source.kind == ElementKind::Node
                    ? (flow.source.cidrs.size() == 1 ? flow.source.cidrs.first().network() : QHostAddress())
                    : (snat.isEmpty() ? QHostAddress() : snat.last().toAddress);
            hop.fromPorts = flow.ports;
            hop.toAddress = nat.outsideAddresses.value(0);
            hop.toPorts = flow.ports;
            snat.append(hop);
        }
        const qsizetype sourceEnd = sourceSideEnd(flow);
        for (qsizetype i = 0; i < snat.size(); ++i)
            flow.via.insert(sourceEnd + i, snat[i]);

        // Destination NAT, outermost layer first along the path.
        const bool toHosts =
            (flow.destination.kind == ElementKind::Node && !flow.destination.isMemberSet()) ||
            flow.destination.kind == ElementKind::LoadBalancer;
        if (!toHosts || flow.protocol == Protocol::Any || destinationNats.isEmpty())
            continue;
        QList<FlowHop> dnat;
        for (auto it = destinationNats.crbegin(); it != destinationNats.crend(); ++it) {
            const int n = *it;
            if (sourceNats.contains(n))
                continue;
            const NatLayer &nat = project.natLayers[n];
            const QList<const NatMapping *> mappings = findMappings(index, nat, n, flow);
            if (mappings.isEmpty())
                continue;
            // One host: its mapping. Several: the addresses differ per host,
            // so the hop names none; the ports still say what is translated.
            const NatMapping &first = *mappings.first();
            const bool single = mappings.size() == 1;
            FlowHop hop;
            hop.kind = HopKind::Nat;
            hop.id = nat.id;
            hop.fromAddress = single ? first.outsideAddress : QHostAddress();
            hop.fromPorts = outsidePorts(first, flow.ports);
            hop.toAddress = single ? first.insideAddress : QHostAddress();
            hop.toPorts = flow.ports;
            dnat.append(hop);
        }
        const qsizetype at = destinationSideStart(flow);
        for (qsizetype i = 0; i < dnat.size(); ++i)
            flow.via.insert(at + i, dnat[i]);
    }
}

} // namespace portolan
