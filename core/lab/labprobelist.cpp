#include "labprobelist.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

constexpr int SparePort = 9999; // an unplanned port every host listens on

// The context lupdate files these strings under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LabProbeLister)
};

QList<int> samplePorts(const PortRange &ports)
{
    // Both ends prove a range's bounds; the middle would only add probes.
    if (ports.isSingle())
        return {ports.from};
    return {ports.from, ports.to};
}

QList<Protocol> protocolsOf(Protocol p)
{
    return p == Protocol::Any ? QList<Protocol>{Protocol::Tcp, Protocol::Udp} : QList<Protocol>{p};
}

bool endpointIs(const FlowEndpoint &endpoint, const ElementId &node)
{
    return endpoint.id == node || endpoint.members.contains(node);
}

using Family = QAbstractSocket::NetworkLayerProtocol;

// The families a flow runs in, as derivation judges its paths
// (FlowPaths): those both ends hold, an empty list standing for any.
QList<Family> familiesOf(const Flow &flow)
{
    auto of = [](const CidrList &cidrs) {
        QSet<Family> found;
        for (const Cidr &c : cidrs)
            found.insert(c.network().protocol());
        if (cidrs.isEmpty())
            found = {QAbstractSocket::IPv4Protocol, QAbstractSocket::IPv6Protocol};
        return found;
    };
    const QSet<Family> common = of(flow.source.cidrs) & of(flow.destination.cidrs);
    QList<Family> result;
    for (const Family f : {QAbstractSocket::IPv4Protocol, QAbstractSocket::IPv6Protocol})
        if (common.contains(f))
            result.append(f);
    return result;
}

QString familyName(Family family)
{
    return family == QAbstractSocket::IPv6Protocol ? u"IPv6"_s : u"IPv4"_s;
}

const LabRoute *longestMatch(const LabNamespace &ns, const QHostAddress &address)
{
    const LabRoute *best = nullptr;
    for (const LabRoute &r : ns.routes)
        if (r.destination.contains(address) &&
            (!best || r.destination.prefixLength() > best->destination.prefixLength()))
            best = &r;
    return best;
}

class Planner
{
public:
    Planner(const Project &project, const Derivation &derived, const LabTopology &topology,
            const QString &only, const QMap<QString, QList<int>> &proxied)
        : m_project(project), m_derived(derived), m_topology(topology), m_only(only), m_proxied(proxied)
    {
    }

    LabProbeList run()
    {
        makeTranslations();
        makeListeners();
        for (int i = 0; i < m_derived.flows.size(); ++i)
            planFlow(i);
        if (m_only.isEmpty())
            planMustNots();
        return std::move(m_probeList);
    }

private:
    QList<const LabNamespace *> hostsOf(const ElementId &node) const
    {
        QList<const LabNamespace *> hosts;
        for (const LabNamespace &ns : m_topology.namespaces)
            if (ns.role == LabRole::Host && ns.element == node)
                hosts.append(&ns);
        return hosts;
    }
    QList<const LabNamespace *> hostsOf(const FlowEndpoint &endpoint) const
    {
        if (!endpoint.isMemberSet())
            return hostsOf(endpoint.id);
        QList<const LabNamespace *> hosts;
        for (const QString &member : endpoint.members)
            hosts += hostsOf(member);
        return hosts;
    }
    const LabNamespace *internet() const
    {
        for (const LabNamespace &ns : m_topology.namespaces)
            if (ns.role == LabRole::Internet)
                return &ns;
        return nullptr;
    }

    void listen(const QString &ns, int port)
    {
        QList<int> &ports = m_probeList.listeners[ns];
        if (!ports.contains(port)) {
            ports.append(port);
            std::sort(ports.begin(), ports.end());
        }
    }

    // NAT layers' static mappings on their routers; balancer listeners,
    // forwarded to the first host of their target (the stand-in proxies).
    void makeTranslations()
    {
        for (const LabNamespace &ns : m_topology.namespaces) {
            if (const NatLayer *nat = ns.role == LabRole::Router ? m_project.natLayer(ns.element) : nullptr) {
                for (const NatMapping &m : nat->mappings)
                    if (m.outsideAddress.protocol() == m.insideAddress.protocol())
                        m_probeList.translations.append({ns.id, nat->id, m.protocol, m.outsideAddress,
                                                         m.outsidePorts, m.insideAddress, m.insidePorts.from,
                                                         QHostAddress()});
            }
            const LoadBalancer *lb =
                ns.role == LabRole::Balancer ? m_project.loadBalancer(ns.element) : nullptr;
            if (!lb)
                continue;
            for (const Listener &listener : lb->listeners) {
                const QList<const LabNamespace *> targets = hostsOf(listener.targetNode);
                const Flow *backend = backendFlow(lb->id, listener);
                const int targetPort = backend ? backend->ports.from : 0;
                if (targets.isEmpty() || targetPort == 0) {
                    m_probeList.notes.append(
                        Tr::tr("not in the lab: listener %1/%2 of %3 has no target host or port")
                            .arg(protocolName(listener.protocol))
                            .arg(listener.port)
                            .arg(lb->id));
                    continue;
                }
                const bool proxied =
                    listener.protocol == Protocol::Tcp && m_proxied.value(ns.id).contains(listener.port);
                // The families the balancer reaches its targets in (the
                // plan's addresses, not ones the lab picked).
                const QList<Family> backFamilies = familiesOf(*backend);
                for (const QHostAddress &a : ns.addresses()) {
                    // A proxy joins the families (HAProxy: IPv6 in, IPv4 to
                    // the hosts); the nft stand-in translates within one.
                    QHostAddress to;
                    if (backFamilies.contains(a.protocol()))
                        to = targets.first()->address(a.protocol());
                    else if (proxied && !backFamilies.isEmpty())
                        to = targets.first()->address(backFamilies.first());
                    if (to.isNull()) {
                        m_probeList.notes.append(
                            Tr::tr("not in the lab: listener %1/%2 of %3 on %4: its target has no %5 address "
                                   "and the nft stand-in cannot translate between families")
                                .arg(protocolName(listener.protocol))
                                .arg(listener.port)
                                .arg(lb->id, a.toString(), familyName(a.protocol())));
                        continue;
                    }
                    m_probeList.translations.append({ns.id, lb->id, listener.protocol, a,
                                                     PortRange::single(listener.port), to, targetPort, a});
                }
            }
        }
    }

    // The balancer -> node flow of a listener, as derivation resolved it
    // (the one whose hop starts at the listener's front port): its port is
    // the one the listener forwards to.
    const Flow *backendFlow(const ElementId &lb, const Listener &listener) const
    {
        for (const Flow &flow : m_derived.flows) {
            if (flow.source.id != lb || !endpointIs(flow.destination, listener.targetNode) ||
                flow.protocol != listener.protocol)
                continue;
            for (const FlowHop &hop : flow.via)
                if (hop.kind == HopKind::LoadBalancer && hop.id == lb && hop.fromPorts.from == listener.port)
                    return &flow;
        }
        return nullptr;
    }

    void makeListeners()
    {
        for (const LabNamespace &ns : m_topology.namespaces)
            if (ns.role == LabRole::Host)
                listen(ns.id, SparePort);
        for (const Flow &flow : m_derived.flows) {
            QList<const LabNamespace *> receivers = hostsOf(flow.destination);
            if (flow.destination.kind == ElementKind::Zone && internetDestination(flow))
                receivers = {internet()};
            for (const LabNamespace *ns : receivers)
                for (int port :
                     flow.protocol == Protocol::Any ? QList<int>{SparePort} : samplePorts(flow.ports))
                    listen(ns->id, port);
        }
        for (const LocalPort &local : m_derived.localPorts)
            for (const LabNamespace *ns : hostsOf(local.node))
                for (int port : samplePorts(local.ports))
                    listen(ns->id, port);
    }

    bool internetDestination(const Flow &flow) const
    {
        const Zone *zone = m_project.zone(flow.destination.id);
        return zone && m_project.zoneChain(zone->id).last() == internetZone();
    }
    ElementId internetZone() const
    {
        for (const Zone &z : m_project.zones)
            if (z.kind == ZoneKind::Internet && z.parent.isEmpty())
                return z.id;
        return {};
    }

    QList<LabSource> sourcesOf(const FlowEndpoint &endpoint) const
    {
        if (!endpoint.isMemberSet())
            return m_topology.sources.value(endpoint.id);
        QList<LabSource> all;
        for (const QString &member : endpoint.members)
            all += m_topology.sources.value(member);
        return all;
    }

    // What the source addresses for `address:port` to arrive there: the
    // plan's NAT mappings undone, last hop first.
    void entryPoint(const Flow &flow, Protocol protocol, QHostAddress *address, int *port) const
    {
        for (auto hop = flow.via.crbegin(); hop != flow.via.crend(); ++hop) {
            if (hop->kind != HopKind::Nat || hop->sourceNat)
                continue;
            const NatLayer *nat = m_project.natLayer(hop->id);
            for (const NatMapping &m : nat ? nat->mappings : QList<NatMapping>())
                if (m.protocol == protocol && m.insideAddress == *address && m.insidePorts.contains(*port)) {
                    *port = m.outsidePorts.from + (*port - m.insidePorts.from);
                    *address = m.outsideAddress;
                    break;
                }
        }
    }

    void planFlow(int index)
    {
        const Flow &flow = m_derived.flows[index];
        LabFlow entry;
        entry.key = flow.key();
        entry.title = u"%1 -> %2 %3 %4 (%5 %6)"_s.arg(
            flow.source.id, flow.destination.id, protocolName(flow.protocol),
            flow.protocol == Protocol::Any ? u"any"_s : flow.ports.toString(), flow.component, flow.port);
        if (!m_only.isEmpty() && !entry.title.contains(m_only) && !entry.key.contains(m_only))
            return;
        QList<const LabNamespace *> destinations;
        if (flow.destination.kind == ElementKind::Zone) {
            if (internetDestination(flow) && internet())
                destinations.append(internet());
            else
                entry.skipped = Tr::tr("the destination is a zone with no host to receive it");
        } else if (flow.destination.kind == ElementKind::LoadBalancer) {
            if (const LabNamespace *ns = m_topology.forElement(flow.destination.id))
                destinations.append(ns);
        } else {
            destinations = hostsOf(flow.destination);
        }
        // Each family the flow runs in, from each source address of that
        // family to the destination's address of that family.
        const QList<Family> families = familiesOf(flow);
        QStringList unprobed;
        for (const LabSource &source : sourcesOf(flow.source)) {
            const Family family = source.address.protocol();
            if (!families.contains(family))
                continue;
            for (const LabNamespace *destination : destinations) {
                const QHostAddress address = destination->address(family);
                if (source.namespaceId == destination->id || address.isNull())
                    continue;
                for (Protocol protocol : protocolsOf(flow.protocol))
                    for (int port :
                         flow.protocol == Protocol::Any ? QList<int>{SparePort} : samplePorts(flow.ports)) {
                        if (destination->role == LabRole::Balancer &&
                            !translated(destination->id, protocol, address, port)) {
                            unprobed << familyName(family);
                            continue;
                        }
                        entry.probes.append(
                            addFlowProbe(index, flow, source, destination, address, protocol, port));
                    }
            }
        }
        unprobed.removeDuplicates();
        if (entry.skipped.isEmpty() && entry.probes.isEmpty())
            entry.skipped = unprobed.isEmpty()
                                ? Tr::tr("no source or destination in the lab")
                                : Tr::tr("the balancer's listener has no target in the family (%1)")
                                      .arg(unprobed.join(u", "_s));
        else if (!unprobed.isEmpty())
            m_probeList.notes.append(
                Tr::tr("not probed over %1: %2 (the balancer's listener has no target in the "
                       "family)")
                    .arg(unprobed.join(u", "_s), entry.title));
        m_probeList.flows.append(entry);
    }

    bool translated(const QString &balancer, Protocol protocol, const QHostAddress &address, int port) const
    {
        for (const LabTranslation &t : m_probeList.translations)
            if (t.namespaceId == balancer && t.protocol == protocol && t.address == address &&
                t.ports.contains(port))
                return true;
        return false;
    }

    int addFlowProbe(int index, const Flow &flow, const LabSource &source, const LabNamespace *destination,
                     const QHostAddress &address, Protocol protocol, int port)
    {
        LabProbe probe;
        probe.id = m_probeList.probes.size();
        probe.kind = LabProbe::Kind::Flow;
        probe.flow = index;
        probe.sourceNamespace = source.namespaceId;
        probe.source = source.address;
        probe.protocol = protocol;
        probe.target = address;
        probe.port = port;
        entryPoint(flow, protocol, &probe.target, &probe.port);
        QHostAddress finalAddress;
        int finalPort = 0;
        probe.path = LabProbeLister::walk(m_topology, m_probeList.translations, source.namespaceId, protocol,
                                          probe.target, probe.port, &finalAddress, &finalPort);
        probe.answerNamespace = destination->id;
        probe.answerPort = port;
        if (destination->role == LabRole::Balancer) {
            // The stand-in forwards: the answer comes from the target host.
            if (const LabNamespace *owner = m_topology.owner(finalAddress);
                owner && owner->role == LabRole::Host) {
                probe.answerNamespace = owner->id;
                probe.answerPort = finalPort;
            }
        }
        m_probeList.probes.append(probe);
        return probe.id;
    }

    bool permitted(const QHostAddress &source, const ElementId &node, Protocol protocol, int port) const
    {
        for (const Flow &flow : m_derived.flows) {
            if (!endpointIs(flow.destination, node))
                continue;
            if (flow.protocol != Protocol::Any && (flow.protocol != protocol || !flow.ports.contains(port)))
                continue;
            if (!familiesOf(flow).contains(source.protocol()))
                continue; // no rule of this family: the host's file of the other family drops it
            for (const Cidr &cidr : flow.source.cidrs)
                if (cidr.contains(source))
                    return true;
        }
        return false;
    }

    QString category(const LabNamespace &source, const ElementId &node, Protocol protocol, int port) const
    {
        for (const LocalPort &local : m_derived.localPorts)
            if (local.node == node && local.protocols.contains(protocol) && local.ports.contains(port))
                return Tr::tr("local port, from anywhere");
        for (const Flow &flow : m_derived.flows)
            if (endpointIs(flow.destination, node) && flow.protocol == protocol &&
                flow.ports.contains(port)) {
                if (flow.audience == Audience::Admins)
                    return Tr::tr("admin port, from a source that is not an admin");
                if (flow.audience == Audience::Peers)
                    return Tr::tr("cluster port, from outside the cluster");
            }
        if (source.role == LabRole::Internet)
            return Tr::tr("listening port, from the internet");
        if (port == SparePort)
            return Tr::tr("unplanned port");
        return Tr::tr("planned port, from a source without a flow");
    }

    // Every host's listening ports, from every other kind of source, that
    // no flow allows: they must stay closed.
    void planMustNots()
    {
        for (const LabNamespace &host : m_topology.namespaces) {
            if (host.role != LabRole::Host)
                continue;
            for (const LabNamespace &source : m_topology.namespaces) {
                if (source.role == LabRole::Router || source.id == host.id)
                    continue;
                for (const Family family : {QAbstractSocket::IPv4Protocol, QAbstractSocket::IPv6Protocol})
                    planMustNots(host, source, family);
            }
        }
    }

    // From the source's first address of `family` to the host's.
    void planMustNots(const LabNamespace &host, const LabNamespace &source, Family family)
    {
        const QHostAddress from = source.address(family);
        const QHostAddress target = host.address(family);
        if (from.isNull() || target.isNull())
            return;
        for (int port : m_probeList.listeners.value(host.id)) {
            for (Protocol protocol : {Protocol::Tcp, Protocol::Udp}) {
                if (permitted(from, host.element, protocol, port))
                    continue;
                LabProbe probe;
                probe.id = m_probeList.probes.size();
                probe.kind = LabProbe::Kind::MustNot;
                probe.category = category(source, host.element, protocol, port);
                probe.sourceNamespace = source.id;
                probe.source = from;
                probe.protocol = protocol;
                probe.target = target;
                probe.port = port;
                probe.answerNamespace = host.id;
                probe.answerPort = port;
                probe.expectOpen = false;
                probe.path = LabProbeLister::walk(m_topology, m_probeList.translations, source.id, protocol,
                                                  probe.target, port);
                m_probeList.probes.append(probe);
            }
        }
    }

    const Project &m_project;
    const Derivation &m_derived;
    const LabTopology &m_topology;
    QString m_only;
    QMap<QString, QList<int>> m_proxied;
    LabProbeList m_probeList;
};

} // namespace

LabProbeList LabProbeLister::list(const Project &project, const Derivation &derived,
                                  const LabTopology &topology, const QString &only,
                                  const QMap<QString, QList<int>> &proxied)
{
    return Planner(project, derived, topology, only, proxied).run();
}

QStringList LabProbeLister::walk(const LabTopology &topology, const QList<LabTranslation> &translations,
                                 const QString &from, Protocol protocol, QHostAddress address, int port,
                                 QHostAddress *finalAddress, int *finalPort)
{
    QStringList path{from};
    QString current = from;
    for (int step = 0; step < 32; ++step) {
        const LabNamespace *ns = topology.find(current);
        if (!ns)
            break;
        if (step > 0) {
            for (const LabTranslation &t : translations)
                if (t.namespaceId == current && t.protocol == protocol && t.address == address &&
                    t.ports.contains(port)) {
                    port = t.toPort + (port - t.ports.from);
                    address = t.toAddress;
                    break;
                }
        }
        if (ns->owns(address))
            break;
        const LabRoute *route = longestMatch(*ns, address);
        if (!route)
            break;
        const QHostAddress next = route->via.isNull() ? address : route->via;
        QString segment;
        for (const LabInterface &leg : ns->interfaces)
            if (leg.name == route->interfaceName)
                segment = leg.segment;
        QString nextNs;
        for (const LabNamespace &other : topology.namespaces)
            for (const LabInterface &leg : other.interfaces)
                if (other.id != ns->id && leg.segment == segment && leg.addresses.contains(next))
                    nextNs = other.id;
        if (nextNs.isEmpty() || path.contains(nextNs))
            break;
        path.append(nextNs);
        current = nextNs;
    }
    if (finalAddress)
        *finalAddress = address;
    if (finalPort)
        *finalPort = port;
    return path;
}

} // namespace portolan
