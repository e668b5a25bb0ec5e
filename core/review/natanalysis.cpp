#include "natanalysis.h"

#include "catalog/listenvalue.h"

#include <QHash>

#include <algorithm>
#include <functional>
#include <iterator>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

bool isSpecific(const QHostAddress &a)
{
    // Built once: the review asks this for every remote of every port.
    static const QHostAddress anyV4(QHostAddress::AnyIPv4), anyV6(QHostAddress::AnyIPv6),
        any(QHostAddress::Any);
    return !a.isNull() && a != anyV4 && a != anyV6 && a != any;
}

QHostAddress firstIpv4(const QList<QHostAddress> &addresses)
{
    for (const QHostAddress &a : addresses)
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback())
            return a;
    return {};
}

// Remotes of one port in the order the review reports them, with where
// each zone first and second appears: enough to order one member's zones
// without walking the cluster again.
struct RemoteSet
{
    struct ZoneStat
    {
        ElementId zone;
        qsizetype count = 0;
        qsizetype first = -1;
        qsizetype second = -1;
    };
    QList<NatRemote> remotes;
    QList<ZoneStat> zones;                   // in order of first appearance
    QHash<const Node *, qsizetype> position; // cluster member -> index in remotes
    QList<qsizetype> zoneAt;                 // index in remotes -> index in zones
    QHash<ElementId, qsizetype> zoneIndex;
    // Topology::natsHolding(a node's zone) -> the zones as nodes there see them
    QHash<QList<int>, std::shared_ptr<const NatRemoteZoneSet>> zoneSets;

    void add(const ElementId &element, const ElementId &zone)
    {
        // Runs of one zone are the common case (a cluster's members).
        qsizetype z = zoneAt.isEmpty() ? -1 : zoneAt.last();
        if (z < 0 || zones.at(z).zone != zone) {
            z = zoneIndex.value(zone, -1);
            if (z < 0) {
                z = zones.size();
                zoneIndex.insert(zone, z);
                zones.append({zone, 0, remotes.size(), -1});
            }
        }
        ZoneStat &stat = zones[z];
        if (stat.count == 1)
            stat.second = remotes.size();
        ++stat.count;
        zoneAt.append(z);
        remotes.append({element, zone});
    }

    // The zones as seen from a node in `nodeZone`, built once per set of
    // NATs holding the node's zone (`nats`): every member behind the same
    // NATs sees the same NAT in front of each zone.
    std::shared_ptr<const NatRemoteZoneSet> zoneSet(const Topology &topology, const QList<int> &nats,
                                                    const ElementId &nodeZone)
    {
        auto known = zoneSets.constFind(nats);
        if (known != zoneSets.cend())
            return *known;
        auto set = std::make_shared<NatRemoteZoneSet>();
        set->groups.reserve(zones.size());
        for (const ZoneStat &stat : std::as_const(zones)) {
            const NatLayer *nat = topology.natInFront(nodeZone, stat.zone);
            set->index.insert(stat.zone, set->groups.size());
            set->groups.append({stat.zone, nat});
            set->first.append(stat.first);
            set->second.append(stat.second);
            if (!nat) {
                ++set->direct;
                ++set->directPerConnection[topology.connectedGroup(stat.zone)];
            } else if (!set->firstNat) {
                set->firstNat = nat;
            }
        }
        return *zoneSets.insert(nats, std::move(set));
    }

    // One port's zones in the order of their first remote, once the entry at
    // `skip` is left out, and with `selfZone` last when `selfLast` and no
    // other remote is there. Only the node's own zone can move: leaving out
    // its first remote moves it to its second, or out.
    NatRemoteZones orderedZones(std::shared_ptr<const NatRemoteZoneSet> set, qsizetype skip, bool selfLast,
                                const ElementId &selfZone) const
    {
        if (skip >= 0) {
            const qsizetype z = zoneAt.at(skip);
            if (set->first.at(z) != skip)
                return {std::move(set), -1, -1, {}};
            const qsizetype second = set->second.at(z);
            const NatRemoteGroup own = set->groups.at(z);
            if (second >= 0) {
                const qsizetype before =
                    std::upper_bound(set->first.cbegin(), set->first.cend(), second) - set->first.cbegin();
                return {std::move(set), z, before, own};
            }
            const qsizetype end = set->groups.size();
            return selfLast ? NatRemoteZones(std::move(set), z, end, own)
                            : NatRemoteZones(std::move(set), z, -1, {});
        }
        if (selfLast && !set->index.contains(selfZone)) {
            const qsizetype end = set->groups.size();
            return {std::move(set), -1, end, NatRemoteGroup{selfZone, nullptr}}; // no NAT within a zone
        }
        return {std::move(set), -1, -1, {}};
    }
};

// Who must reach the port: the other cluster members for `peers` ports,
// else the clients that use the node directly or through a load balancer.
// A cluster's set is built once and shared by its members (`clusters`).
void findRemotes(const ReviewContext &ctx, const Node &node, const ComponentInstance &instance,
                 const PortDef &port, const QList<int> &nats, QHash<QString, RemoteSet> *clusters,
                 NatAnalysis *a)
{
    if (port.audience == Audience::Peers) {
        const ComponentUse &use = instance.use();
        const QString key = use.component + u'\n' + use.cluster;
        auto it = clusters->find(key);
        if (it == clusters->end()) {
            RemoteSet set;
            const QList<const Node *> &members = ctx.clusterOf(use);
            set.remotes.reserve(members.size());
            for (const Node *member : members) {
                set.position.insert(member, set.remotes.size());
                set.add(member->id, member->zone);
            }
            it = clusters->insert(key, std::move(set));
        }
        a->remoteSource = it->remotes; // implicitly shared, not copied
        a->remoteSkip = it->position.value(&node, -1);
        a->remoteSelfLast = node.isGroup();
        a->remoteGroups = it->orderedZones(it->zoneSet(ctx.topology(), nats, node.zone), a->remoteSkip,
                                           a->remoteSelfLast, node.zone);
        return;
    }
    // Indexed: scanning every load balancer and client per port was
    // quadratic in the project's size. Clients come in project order, once.
    QList<const Client *> users = ctx.clientsUsing(node.id);
    for (const LoadBalancer *lb : ctx.loadBalancersTargeting(node.id))
        users.append(ctx.clientsUsing(lb->id));
    std::sort(users.begin(), users.end(), std::less<const Client *>()); // project.clients is one array
    users.erase(std::unique(users.begin(), users.end()), users.end());
    RemoteSet set;
    set.remotes.reserve(users.size());
    for (const Client *client : std::as_const(users))
        set.add(client->id, client->zone);
    a->remoteSource = set.remotes;
    a->remoteGroups = set.orderedZones(set.zoneSet(ctx.topology(), nats, node.zone), -1, false, {});
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
            a.proposedListenAddress =
                isSpecific(a.listen.bindAddress) ? a.listen.bindAddress : firstIpv4(a.node->addresses);
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
    // An address is reachable when every direct remote's zone is connected
    // to the address's zone: counted, not walked, per address.
    const qsizetype direct = remoteGroups.directCount();
    QList<QHostAddress> result;
    for (const QHostAddress &addr : node->addresses) {
        if (addr.protocol() != QAbstractSocket::IPv4Protocol && !nat->portInAdvertise)
            continue;
        const ElementId zone = topology.zoneOfAddress(addr, node->zone);
        if (remoteGroups.directConnectedTo(topology, zone) == direct)
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
    return remoteGroups.directCount() > 0;
}

bool NatAnalysis::hasNatRemotes() const
{
    return remoteGroups.hasNat();
}

QList<NatRemoteGroup> NatAnalysis::directRemotes() const
{
    QList<NatRemoteGroup> r;
    std::copy_if(remoteGroups.cbegin(), remoteGroups.cend(), std::back_inserter(r),
                 [](const NatRemoteGroup &g) { return !g.nat; });
    return r;
}

QList<NatRemoteGroup> NatAnalysis::natRemotes() const
{
    QList<NatRemoteGroup> r;
    std::copy_if(remoteGroups.cbegin(), remoteGroups.cend(), std::back_inserter(r),
                 [](const NatRemoteGroup &g) { return g.nat; });
    return r;
}

QList<ElementId> NatAnalysis::remoteElements() const
{
    QList<ElementId> result;
    result.reserve(remoteSource.size() + 1);
    for (qsizetype i = 0; i < remoteSource.size(); ++i)
        if (i != remoteSkip)
            result.append(remoteSource.at(i).element);
    if (remoteSelfLast)
        result.append(node->id);
    return result;
}

QString NatAnalysis::remoteZones(const QList<NatRemoteGroup> &groups) const
{
    QStringList zones;
    for (const NatRemoteGroup &g : groups)
        zones.append(g.zone); // each zone once: one group per zone
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
    QHash<QString, RemoteSet> clusters;
    QHash<ElementId, QList<int>> natsOfZone; // Topology::natsHolding, once per node zone
    // Per NAT: its mappings by inside address, in mapping order. Scanning a
    // NAT's mappings per port was members x mappings for a cluster behind
    // one NAT with a mapping per member.
    QHash<const NatLayer *, QHash<QHostAddress, QList<qsizetype>>> mappingsByInside;
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
            auto nats = natsOfZone.constFind(nc.node->zone);
            if (nats == natsOfZone.cend())
                nats = natsOfZone.insert(nc.node->zone, ctx.topology().natsHolding(nc.node->zone));
            findRemotes(ctx, *nc.node, instance, port, *nats, &clusters, &a);
            a.natLayer = a.remoteGroups.firstNat(); // the first remote behind a NAT names it
            if (a.natLayer) {
                auto byInside = mappingsByInside.find(a.natLayer);
                if (byInside == mappingsByInside.end()) {
                    byInside = mappingsByInside.insert(a.natLayer, {});
                    for (qsizetype i = 0; i < a.natLayer->mappings.size(); ++i)
                        (*byInside)[a.natLayer->mappings[i].insideAddress].append(i);
                }
                QList<qsizetype> toNode;
                for (const QHostAddress &address : nc.node->addresses)
                    toNode += byInside->value(address);
                if (isSpecific(a.listen.bindAddress))
                    toNode += byInside->value(a.listen.bindAddress);
                std::sort(toNode.begin(), toNode.end());
                toNode.erase(std::unique(toNode.begin(), toNode.end()), toNode.end());
                for (qsizetype i : std::as_const(toNode)) {
                    const NatMapping &m = a.natLayer->mappings[i];
                    if (port.protocols.contains(m.protocol))
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

NatRemoteZones::NatRemoteZones(std::shared_ptr<const NatRemoteZoneSet> set, qsizetype skip,
                               qsizetype insertAt, NatRemoteGroup inserted)
    : m_set(std::move(set)), m_skip(skip),
      m_insertAt(insertAt >= 0 && skip >= 0 && skip < insertAt ? insertAt - 1 : insertAt),
      m_inserted(std::move(inserted))
{
}

qsizetype NatRemoteZones::size() const
{
    if (!m_set)
        return 0;
    return m_set->groups.size() - (m_skip >= 0 ? 1 : 0) + (m_insertAt >= 0 ? 1 : 0);
}

const NatRemoteGroup &NatRemoteZones::at(qsizetype i) const
{
    if (m_insertAt >= 0) {
        if (i == m_insertAt)
            return m_inserted;
        if (i > m_insertAt)
            --i;
    }
    if (m_skip >= 0 && i >= m_skip)
        ++i;
    return m_set->groups.at(i);
}

qsizetype NatRemoteZones::directCount() const
{
    if (!m_set)
        return 0;
    return m_set->direct - (m_skip >= 0 && !m_set->groups.at(m_skip).nat ? 1 : 0) +
           (m_insertAt >= 0 && !m_inserted.nat ? 1 : 0);
}

qsizetype NatRemoteZones::directConnectedTo(const Topology &topology, const ElementId &zone) const
{
    if (!m_set)
        return 0;
    const ElementId group = topology.connectedGroup(zone);
    qsizetype count = m_set->directPerConnection.value(group);
    if (m_skip >= 0 && !m_set->groups.at(m_skip).nat &&
        topology.connectedGroup(m_set->groups.at(m_skip).zone) == group)
        --count;
    if (m_insertAt >= 0 && !m_inserted.nat && topology.connectedGroup(m_inserted.zone) == group)
        ++count;
    return count;
}

QString NatAnalysis::proposedListenValue() const
{
    const SettingDef *def =
        nat->listenSetting.isEmpty() ? nullptr : instance->def().setting(nat->listenSetting);
    if (!def || !proposedListenPorts.isValid())
        return {};
    switch (def->type) {
    case SettingType::Port:
        return QString::number(proposedListenPorts.from);
    case SettingType::Range:
        return proposedListenPorts.toString();
    case SettingType::Address:
        return proposedListenAddress.toString();
    default:
        return formatAddressPort(proposedListenAddress, proposedListenPorts.from);
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
    return nat->portInAdvertise ? formatEndpoint(advertisedAddress, advertisedPort)
                                : advertisedAddress.toString();
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
