#include "natanalysis.h"

#include "catalog/listenvalue.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

bool isSpecific(const QHostAddress &a)
{
    // Built once: the review asks this for every remote of every port.
    static const QHostAddress anyV4(QHostAddress::AnyIPv4), anyV6(QHostAddress::AnyIPv6), any(QHostAddress::Any);
    return !a.isNull() && a != anyV4 && a != anyV6 && a != any;
}

QHostAddress firstIpv4(const QList<QHostAddress> &addresses)
{
    for (const QHostAddress &a : addresses)
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback())
            return a;
    return {};
}

// Who must reach the port: the other cluster members for `peers` ports,
// else the clients that use the node directly or through a load balancer.
QList<NatRemote> remotesOf(const ReviewContext &ctx, const Node &node, const ComponentInstance &instance,
                           const PortDef &port)
{
    QList<NatRemote> remotes;
    if (port.audience == Audience::Peers) {
        const QList<const Node *> peers = ctx.peersOf(node, instance.use());
        remotes.reserve(peers.size() + 1);
        for (const Node *peer : peers)
            remotes.append({peer->id, peer->zone, nullptr});
        if (node.isGroup())
            remotes.append({node.id, node.zone, nullptr});
        return remotes;
    }
    // Indexed: scanning every load balancer and client per port was
    // quadratic in the project's size. Clients come in project order, once.
    QList<const Client *> users = ctx.clientsUsing(node.id);
    for (const LoadBalancer *lb : ctx.loadBalancersTargeting(node.id))
        users.append(ctx.clientsUsing(lb->id));
    std::sort(users.begin(), users.end(), std::less<const Client *>()); // project.clients is one array
    users.erase(std::unique(users.begin(), users.end()), users.end());
    remotes.reserve(users.size());
    for (const Client *client : std::as_const(users))
        remotes.append({client->id, client->zone, nullptr});
    return remotes;
}

void findAdvertised(NatAnalysis &a)
{
    const ComponentInstance &c = *a.instance;
    const int listenPort = a.hasListen ? a.listen.range.from : 0;
    // LiveKit's rtc.use_external_ip: the address a STUN server sees, which
    // behind a NAT is the NAT's outside address.
    const QString prefix = a.nat->advertiseSetting.section(u'.', 0, -2);
    const QString externalKey = prefix.isEmpty() ? u"use_external_ip"_s : prefix + u".use_external_ip"_s;
    if (c.def().setting(externalKey) && c.setting(externalKey) == u"true"_s) {
        a.advertisedFrom = NatAnalysis::Advertised::ExternalIp;
        if (a.chosenMapping)
            a.advertisedAddress = a.chosenMapping->outsideAddress;
        else if (a.natLayer && !a.natLayer->outsideAddresses.isEmpty())
            a.advertisedAddress = a.natLayer->outsideAddresses.first();
        else
            a.advertisedAddress = firstIpv4(a.node->addresses);
        a.advertisedPort = listenPort;
        return;
    }
    const QString value = c.setting(a.nat->advertiseSetting).trimmed();
    if (!value.isEmpty()) {
        a.advertisedFrom = NatAnalysis::Advertised::Setting;
        if (a.nat->portInAdvertise) {
            if (auto entry = parseAddressPort(value)) {
                a.advertisedAddress = entry->address;
                a.advertisedPort = entry->port;
            }
        } else {
            a.advertisedAddress = QHostAddress(value);
            a.advertisedPort = listenPort;
        }
        return;
    }
    if (c.def().addressDetection == u"first-non-loopback-ipv4"_s) {
        a.advertisedFrom = NatAnalysis::Advertised::AutoDetect;
        a.advertisedAddress = firstIpv4(a.node->addresses);
        a.advertisedPort = listenPort;
    }
}

void propose(const ReviewContext &ctx, NatAnalysis &a)
{
    const PortRange listenPorts = a.hasListen ? a.listen.range : PortRange{};
    if (a.natLayer && a.hasNatRemotes()) {
        if (const NatMapping *m = a.chosenMapping) {
            const bool covers = a.mappingCovers(*m);
            a.proposedListenAddress = m->insideAddress;
            a.proposedListenPorts = covers ? listenPorts : m->insidePorts;
            if (!covers && listenPorts.isSingle())
                a.proposedListenPorts = PortRange::single(m->insidePorts.from);
            a.proposedAdvertiseAddress = m->outsideAddress;
            a.proposedAdvertisePort = covers ? a.outsidePortFor(*m) : m->outsidePorts.from;
        } else {
            a.proposedListenAddress = isSpecific(a.listen.bindAddress) ? a.listen.bindAddress : firstIpv4(a.node->addresses);
            a.proposedListenPorts = listenPorts;
            if (!a.natLayer->outsideAddresses.isEmpty())
                a.proposedAdvertiseAddress = a.natLayer->outsideAddresses.first();
            a.proposedAdvertisePort = listenPorts.from;
        }
        if (a.node->isGroup()) // hosts differ; each binds its own address through the wildcard
            a.proposedListenAddress = QHostAddress(QHostAddress::AnyIPv4);
        return;
    }
    const QList<QHostAddress> reachable = a.reachableAddresses(ctx.topology());
    const QHostAddress bind = a.listen.bindAddress;
    a.proposedListenPorts = listenPorts;
    if (isSpecific(bind) && !bind.isLoopback() && (a.node->isGroup() || a.node->addresses.contains(bind)))
        a.proposedListenAddress = bind;
    else if (a.multiHomed() && !reachable.isEmpty())
        a.proposedListenAddress = reachable.first();
    else if (!bind.isNull() && !isSpecific(bind))
        a.proposedListenAddress = bind;
    else
        a.proposedListenAddress = QHostAddress(QHostAddress::AnyIPv4);
    a.proposedAdvertiseAddress = reachable.isEmpty() ? firstIpv4(a.node->addresses) : reachable.first();
    a.proposedAdvertisePort = listenPorts.from;
}

} // namespace

bool NatAnalysis::multiHomed() const
{
    if (node->isGroup())
        return false;
    int v4 = 0;
    for (const QHostAddress &addr : node->addresses)
        if (addr.protocol() == QAbstractSocket::IPv4Protocol)
            ++v4;
    return v4 > 1;
}

QList<QHostAddress> NatAnalysis::reachableAddresses(const Topology &topology) const
{
    QList<QHostAddress> result;
    for (const QHostAddress &addr : node->addresses) {
        if (addr.protocol() != QAbstractSocket::IPv4Protocol && !nat->portInAdvertise)
            continue;
        const ElementId zone = topology.zoneOfAddress(addr, node->zone);
        // Remotes share a few zones (a cluster's members), in runs of one
        // zone: ask once per zone, and skip a run without hashing.
        bool ok = true;
        QSet<ElementId> asked;
        const ElementId *runZone = nullptr;
        for (const NatRemote &r : remotes) {
            if (r.nat || (runZone && *runZone == r.zone))
                continue;
            runZone = &r.zone;
            if (asked.contains(r.zone))
                continue;
            asked.insert(r.zone);
            if (!topology.connected(r.zone, zone)) {
                ok = false;
                break;
            }
        }
        if (ok)
            result.append(addr);
    }
    return result;
}

bool NatAnalysis::mappingCovers(const NatMapping &m) const
{
    return hasListen && m.insidePorts.from <= listen.range.from && m.insidePorts.to >= listen.range.to;
}

int NatAnalysis::outsidePortFor(const NatMapping &m) const
{
    return m.outsidePorts.from + (listen.range.from - m.insidePorts.from);
}

bool NatAnalysis::hasDirectRemotes() const
{
    return std::any_of(remotes.cbegin(), remotes.cend(), [](const NatRemote &r) { return !r.nat; });
}

bool NatAnalysis::hasNatRemotes() const
{
    return std::any_of(remotes.cbegin(), remotes.cend(), [](const NatRemote &r) { return r.nat; });
}

QList<NatRemote> NatAnalysis::directRemotes() const
{
    QList<NatRemote> r;
    for (const NatRemote &x : remotes)
        if (!x.nat)
            r.append(x);
    return r;
}

QList<NatRemote> NatAnalysis::natRemotes() const
{
    QList<NatRemote> r;
    for (const NatRemote &x : remotes)
        if (x.nat)
            r.append(x);
    return r;
}

QString NatAnalysis::remoteZones(const QList<NatRemote> &list) const
{
    QStringList zones;
    for (const NatRemote &r : list)
        if (!zones.contains(r.zone))
            zones.append(r.zone);
    zones.sort();
    return zones.join(u", "_s);
}

QList<NatAnalysis> NatAnalyzer::analyze(const ReviewContext &ctx)
{
    return ctx.natAnalyses();
}

QList<NatAnalysis> NatAnalyzer::compute(const ReviewContext &ctx)
{
    QList<NatAnalysis> result;
    QHash<std::pair<ElementId, ElementId>, const NatLayer *> natInFront; // (node zone, remote zone) -> NAT between them
    for (const ReviewedComponent &nc : ctx.components()) {
        const ComponentInstance &instance = nc.instance;
        for (const PortDef &port : instance.def().ports) {
            if (!port.nat || !instance.portEnabled(port))
                continue;
            NatAnalysis a;
            a.node = nc.node;
            a.instance = &instance;
            a.port = &port;
            a.nat = &*port.nat;
            const QList<ResolvedPort> resolved = instance.resolve(port);
            a.hasListen = !resolved.isEmpty();
            if (a.hasListen)
                a.listen = resolved.first();
            a.remotes = remotesOf(ctx, *nc.node, instance, port);
            // Remotes come grouped by zone (a cluster's members): reuse the last answer.
            const ElementId *lastZone = nullptr;
            const NatLayer *lastNat = nullptr;
            for (NatRemote &r : a.remotes) {
                if (lastZone && *lastZone == r.zone) {
                    r.nat = lastNat;
                    if (r.nat && !a.natLayer)
                        a.natLayer = r.nat;
                    continue;
                }
                // Every member of a large cluster has every other as a
                // remote, in a handful of zones: ask the topology once per pair.
                const std::pair<ElementId, ElementId> pair(nc.node->zone, r.zone);
                auto known = natInFront.constFind(pair);
                if (known == natInFront.cend())
                    known = natInFront.insert(pair, ctx.topology().natInFront(nc.node->zone, r.zone));
                r.nat = *known;
                lastZone = &r.zone;
                lastNat = r.nat;
                if (r.nat && !a.natLayer)
                    a.natLayer = r.nat;
            }
            if (a.natLayer) {
                for (const NatMapping &m : a.natLayer->mappings) {
                    const bool toNode = nc.node->addresses.contains(m.insideAddress)
                                     || (isSpecific(a.listen.bindAddress) && m.insideAddress == a.listen.bindAddress);
                    if (toNode && port.protocols.contains(m.protocol))
                        a.mappingsToNode.append(&m);
                }
                for (const NatMapping *m : std::as_const(a.mappingsToNode))
                    if (!a.chosenMapping && a.mappingCovers(*m))
                        a.chosenMapping = m;
                if (!a.chosenMapping && !a.mappingsToNode.isEmpty())
                    a.chosenMapping = a.mappingsToNode.first();
            }
            findAdvertised(a);
            propose(ctx, a);
            result.append(a);
        }
    }
    return result;
}

QString NatAnalysis::proposedListenValue() const
{
    const SettingDef *def = nat->listenSetting.isEmpty() ? nullptr : instance->def().setting(nat->listenSetting);
    if (!def || !proposedListenPorts.isValid())
        return {};
    switch (def->type) {
    case SettingType::Port: return QString::number(proposedListenPorts.from);
    case SettingType::Range: return proposedListenPorts.toString();
    case SettingType::Address: return proposedListenAddress.toString();
    default: return formatAddressPort(proposedListenAddress, proposedListenPorts.from);
    }
}

QString NatAnalysis::proposedAdvertiseValue() const
{
    if (proposedAdvertiseAddress.isNull())
        return {};
    return nat->portInAdvertise ? formatAddressPort(proposedAdvertiseAddress, proposedAdvertisePort)
                                : proposedAdvertiseAddress.toString();
}

QString NatAnalysis::advertisedValue() const
{
    return nat->portInAdvertise ? formatEndpoint(advertisedAddress, advertisedPort) : advertisedAddress.toString();
}

bool isSpecificAddress(const QHostAddress &a)
{
    return isSpecific(a);
}

QString formatEndpoint(const QHostAddress &address, int port)
{
    return port > 0 ? formatAddressPort(address, port) : address.toString();
}

} // namespace portolan
