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

    // Per family where the two ends share both families: each family's
    // packet goes to that family's addresses, through the hops of that
    // family (an IPv4 NAT does not translate IPv6).
    FlowPath evaluate(const Flow &flow)
    {
        const int source = families(flow.source.cidrs);
        const int destination = families(flow.destination.cidrs);
        const int common = source & destination;
        if (common == AnyFamily)
            return combine(evaluateOne(only(flow, V4)), evaluateOne(only(flow, V6)));
        // An empty list stands for any address and needs no filtering.
        const bool mixed = (!flow.source.cidrs.isEmpty() && source != common) ||
                           (!flow.destination.cidrs.isEmpty() && destination != common);
        if (common == 0 || !mixed)
            return evaluateOne(flow);
        return evaluateOne(only(flow, common)); // one family meets: judge its addresses only
    }

private:
    enum Family
    {
        V4 = 1,
        V6 = 2,
        AnyFamily = 3
    };

    static int familyOf(const QHostAddress &address)
    {
        return address.protocol() == QAbstractSocket::IPv6Protocol ? V6 : V4;
    }

    // The families a list holds; an empty list stands for any address.
    int families(const CidrList &cidrs)
    {
        if (cidrs.isEmpty())
            return AnyFamily;
        auto it = m_families.constFind(cidrs.constData());
        if (it == m_families.cend()) {
            int found = 0;
            for (const Cidr &cidr : cidrs)
                found |= cidr.isIPv6() ? V6 : V4;
            it = m_families.insert(cidrs.constData(), found);
        }
        return *it;
    }

    // The list's addresses of one family, kept for the run so that the
    // scope cache (keyed by list) stays valid.
    const CidrList &filtered(const CidrList &cidrs, int family)
    {
        if (cidrs.isEmpty() || families(cidrs) == family)
            return cidrs;
        const QPair<const void *, int> key{cidrs.constData(), family};
        auto it = m_filtered.find(key);
        if (it == m_filtered.end()) {
            CidrList kept;
            for (const Cidr &cidr : cidrs)
                if ((cidr.isIPv6() ? V6 : V4) == family)
                    kept.append(cidr);
            it = m_filtered.insert(key, kept);
        }
        return *it;
    }

    Flow only(const Flow &flow, int family)
    {
        Flow out = flow;
        out.source.cidrs = filtered(flow.source.cidrs, family);
        out.destination.cidrs = filtered(flow.destination.cidrs, family);
        out.via.clear();
        for (const FlowHop &hop : flow.via) {
            const QHostAddress &translated =
                hop.kind == HopKind::Nat && hop.sourceNat ? hop.toAddress : hop.fromAddress;
            if ((hop.kind == HopKind::Nat || hop.kind == HopKind::LoadBalancer) && !translated.isNull() &&
                familyOf(translated) != family)
                continue; // that family's device, not on this family's path
            out.via.append(hop);
        }
        return out;
    }

    static int rank(PathStatus status)
    {
        return status == PathStatus::CannotWork ? 2 : status == PathStatus::Unknown ? 1 : 0;
    }

    static FlowPath combine(const FlowPath &v4, const FlowPath &v6)
    {
        if (v4 == v6)
            return v4;
        const bool v6Worse = rank(v6.status) > rank(v4.status);
        FlowPath out = v6Worse ? v6 : v4;
        out.family = v6Worse ? PathFamily::IPv6 : PathFamily::IPv4;
        out.otherStatus = v6Worse ? v4.status : v6.status;
        return out;
    }

    FlowPath evaluateOne(const Flow &flow)
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
    QHash<const void *, int> m_families;
    QHash<QPair<const void *, int>, CidrList> m_filtered;
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
    const QString why = familyReason(flow);
    if (flow.path.family == PathFamily::Both || why.isEmpty())
        return why;
    const bool v6 = flow.path.family == PathFamily::IPv6;
    return tr("over %1: %2 (over %3 the path status is %4)")
        .arg(v6 ? u"IPv6"_s : u"IPv4"_s, why, v6 ? u"IPv4"_s : u"IPv6"_s,
             pathStatusName(flow.path.otherStatus));
}

QString FlowPaths::familyReason(const Flow &flow)
{
    // The address of the family the path is judged for, where there is one.
    CidrList cidrs;
    for (const Cidr &cidr : flow.destination.cidrs)
        if (flow.path.family == PathFamily::Both || cidr.isIPv6() == (flow.path.family == PathFamily::IPv6))
            cidrs.append(cidr);
    const QString destination = cidrs.size() == 1 ? cidrs.first().network().toString() : flow.destination.id;
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
