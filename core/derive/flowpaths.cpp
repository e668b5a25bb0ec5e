#include "flowpaths.h"

#include "derivecontext.h"
#include "zonerouting.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

FlowPath works()
{
    return {PathStatus::Works, PathProblem::None, {}};
}

FlowPath unknown(const ElementId &stop)
{
    return {PathStatus::Unknown, PathProblem::NoAddress, stop};
}

FlowPath cannot(PathProblem problem, const ElementId &stop)
{
    return {PathStatus::CannotWork, problem, stop};
}

FlowPath fromReach(ZoneRouting::Reach reach, const ElementId &stop)
{
    switch (reach) {
    case ZoneRouting::Reach::Reaches:
        return works();
    case ZoneRouting::Reach::InternetToPrivate:
        return cannot(PathProblem::PrivateUnreachable, stop);
    case ZoneRouting::Reach::SitesNotLinked:
        return cannot(PathProblem::SitesNotLinked, stop);
    case ZoneRouting::Reach::Unknown:
        break;
    }
    return unknown(stop);
}

bool isEgressToInternet(const ZoneRouting &routing, const Flow &flow)
{
    if (flow.destination.kind != ElementKind::Zone)
        return false;
    const int zone = routing.zoneIndex(flow.destination.zone);
    return zone < 0 || routing.isInternet(zone);
}

// The evaluation with the per-run caches FlowPaths::run keeps.
class Evaluator
{
public:
    Evaluator(const Project &project, const ZoneRouting &routing) : m_project(project), m_routing(routing)
    {
        for (int n = 0; n < project.natLayers.size(); ++n)
            m_nats.insert(project.natLayers[n].id, n);
    }

    FlowPath evaluate(const Flow &flow)
    {
        const int from = m_routing.zoneIndex(flow.source.zone);
        if (isEgressToInternet(m_routing, flow))
            return egress(flow, from);
        // Through a destination NAT: the sender sends to its outside address.
        for (const FlowHop &hop : flow.via) {
            if (hop.kind != HopKind::Nat || hop.sourceNat)
                continue;
            const int nat = m_nats.value(hop.id, -1);
            if (nat < 0)
                return unknown(hop.id);
            return fromReach(m_routing.reachNat(from, nat, hop.fromAddress), hop.id);
        }
        const int to = m_routing.zoneIndex(flow.destination.zone);
        const ZoneRouting::Reach reach = m_routing.reach(from, scope(flow.destination.cidrs), to);
        if (reach == ZoneRouting::Reach::Reaches || reach == ZoneRouting::Reach::Unknown)
            return fromReach(reach, flow.destination.id);
        // A NAT in front whose outside address the sender reaches, and that
        // maps nothing for this port, is what to change.
        if (flow.protocol != Protocol::Any && !flow.destination.isMemberSet())
            if (const int nat = m_routing.natFacing(to, from);
                nat >= 0 && m_routing.reachNat(from, nat) == ZoneRouting::Reach::Reaches)
                return cannot(PathProblem::NatNoMapping, m_project.natLayers[nat].id);
        return fromReach(reach, flow.destination.id);
    }

private:
    FlowPath egress(const Flow &flow, int from)
    {
        const std::optional<AddressScope::Scope> sourceScope = scope(flow.source.cidrs);
        if (!sourceScope)
            return unknown(flow.source.id);
        if (*sourceScope == AddressScope::Public)
            return works();
        // The last source NAT on the way is the address the internet sees.
        for (auto it = flow.via.crbegin(); it != flow.via.crend(); ++it) {
            if (it->kind != HopKind::Nat || !it->sourceNat)
                continue;
            if (it->toAddress.isNull())
                return unknown(it->id);
            return AddressScope::isPrivate(it->toAddress) ? cannot(PathProblem::EgressNoSourceNat, it->id)
                                                          : works();
        }
        const QList<int> &over = m_routing.natsOver(from);
        for (int nat : over)
            if (mapsOneToOne(nat, flow.source.cidrs))
                return works();
        return cannot(PathProblem::EgressNoSourceNat,
                      over.isEmpty() ? flow.source.id : m_project.natLayers[over.first()].id);
    }

    // Every host address of the source has a static mapping of every port
    // in the NAT (a one-to-one NAT); a port forward translates replies
    // only, not the host's own connections.
    bool mapsOneToOne(int nat, const CidrList &sources)
    {
        auto it = m_mapped.find(nat);
        if (it == m_mapped.end()) {
            QSet<QString> inside;
            for (const NatMapping &mapping : m_project.natLayers[nat].mappings)
                if (mapping.insidePorts.from == PortRange::Min && mapping.insidePorts.to == PortRange::Max)
                    inside.insert(mapping.insideAddress.toString());
            it = m_mapped.insert(nat, inside);
        }
        for (const Cidr &cidr : sources)
            if (!cidr.isHost() || !it->contains(cidr.network().toString()))
                return false;
        return !sources.isEmpty();
    }

    // Endpoints share their address lists (every flow of a node, every
    // flow of a member set): each list is judged once.
    std::optional<AddressScope::Scope> scope(const CidrList &cidrs)
    {
        if (cidrs.isEmpty())
            return std::nullopt;
        auto it = m_scopes.constFind(cidrs.constData());
        if (it == m_scopes.cend())
            it = m_scopes.insert(cidrs.constData(), *ZoneRouting::scopeOf(cidrs));
        return *it;
    }

    const Project &m_project;
    const ZoneRouting &m_routing;
    QHash<ElementId, int> m_nats;
    QHash<int, QSet<QString>> m_mapped;
    QHash<const void *, AddressScope::Scope> m_scopes;
};

QHostAddress singleAddress(const FlowEndpoint &endpoint)
{
    return endpoint.cidrs.size() == 1 && endpoint.cidrs.first().isHost() ? endpoint.cidrs.first().network()
                                                                         : QHostAddress();
}

} // namespace

void FlowPaths::run(DeriveContext &context)
{
    const ZoneRouting routing(context.project);
    Evaluator evaluator(context.project, routing);
    for (Flow &flow : context.flows)
        flow.path = evaluator.evaluate(flow);
}

FlowPath FlowPaths::evaluate(const Project &project, const ZoneRouting &routing, const Flow &flow)
{
    Evaluator evaluator(project, routing);
    return evaluator.evaluate(flow);
}

QList<FlowPaths::Step> FlowPaths::steps(const Flow &flow)
{
    Step current{flow.source.id, u"source"_s, singleAddress(flow.source), singleAddress(flow.destination),
                 flow.ports};
    // What the sender addresses: the first hop that changes the destination.
    for (const FlowHop &hop : flow.via) {
        if (hop.kind == HopKind::LoadBalancer && hop.id == flow.source.id) {
            current.source = hop.fromAddress.isNull() ? current.source : hop.fromAddress;
            current.destination = hop.toAddress;
            current.ports = hop.toPorts;
            break;
        }
        if (hop.kind == HopKind::LoadBalancer || (hop.kind == HopKind::Nat && !hop.sourceNat)) {
            current.destination = hop.fromAddress;
            current.ports = hop.fromPorts;
            break;
        }
    }
    QList<Step> steps{current};
    for (const FlowHop &hop : flow.via) {
        if (hop.kind == HopKind::LoadBalancer && hop.id == flow.source.id)
            continue; // the source itself
        Step step = steps.last();
        step.id = hop.id;
        step.kind = hopKindName(hop.kind);
        step.stops = false;
        switch (hop.kind) {
        case HopKind::LoadBalancer:
            step.source = hop.fromAddress;
            step.destination = hop.toAddress;
            step.ports = hop.toPorts;
            break;
        case HopKind::Nat:
            if (hop.sourceNat) {
                step.source = hop.toAddress;
            } else {
                step.destination = hop.toAddress;
                step.ports = hop.toPorts;
            }
            break;
        case HopKind::Firewall:
        case HopKind::Link:
            break;
        }
        steps.append(step);
    }
    if (flow.path.status != PathStatus::Works)
        for (Step &step : steps)
            step.stops = step.id == flow.path.stop;
    return steps;
}

QString FlowPaths::reason(const Flow &flow)
{
    const QString destination = flow.destination.cidrs.isEmpty() ? flow.destination.id
                                : flow.destination.cidrs.size() == 1
                                    ? flow.destination.cidrs.first().network().toString()
                                    : flow.destination.id;
    const QString port = protocolName(flow.protocol) % u' ' %
                         (flow.protocol == Protocol::Any ? u"any"_s : flow.ports.toString());
    switch (flow.path.problem) {
    case PathProblem::None:
        return flow.path.status == PathStatus::Works ? QString()
                                                     : tr("nothing on the path says how it is routed");
    case PathProblem::PrivateUnreachable:
        return flow.path.stop == flow.destination.id
                   ? tr("%1 is a private address; the internet reaches public addresses only, and no NAT "
                        "mapping or load "
                        "balancer is in front of %2")
                         .arg(destination, flow.destination.id)
                   : tr("NAT %1's outside address is private; the internet reaches public addresses only")
                         .arg(flow.path.stop);
    case PathProblem::NatNoMapping:
        return tr("NAT %1 stands in front of %2 and has no mapping to %3 %4")
            .arg(flow.path.stop, flow.destination.id, destination, port);
    case PathProblem::EgressNoSourceNat:
        return flow.path.stop == flow.source.id
                   ? tr("%1 has only private addresses and no source NAT stands between it and the internet")
                         .arg(flow.source.id)
                   : tr("%1 has only private addresses and NAT %2 does not translate its source (no "
                        "source_nat, or a "
                        "private outside address)")
                         .arg(flow.source.id, flow.path.stop);
    case PathProblem::SitesNotLinked:
        return tr("%1 is private and no link (VPN, peering) joins the site of %2 to the site of %3")
            .arg(flow.path.stop == flow.destination.id
                     ? destination
                     : tr("the outside address of NAT %1").arg(flow.path.stop),
                 flow.source.zone, flow.destination.zone);
    case PathProblem::NoAddress:
        return tr("%1 has no address and its zone no CIDRs, so the path cannot be judged")
            .arg(flow.path.stop);
    }
    return {};
}

} // namespace portolan
