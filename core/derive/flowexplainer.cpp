#include "flowexplainer.h"

#include <QSet>

namespace portolan {

namespace {

bool names(const FlowEndpoint &endpoint, const ElementId &id)
{
    return endpoint.id == id || endpoint.members.contains(id);
}

bool matches(const Flow &flow, const FlowExplainer::Query &query)
{
    if (query.protocol && flow.protocol != *query.protocol && flow.protocol != Protocol::Any)
        return false;
    if (!query.port || flow.protocol == Protocol::Any)
        return true;
    const int port = *query.port;
    if (flow.ports.from <= port && port <= flow.ports.to)
        return true;
    for (const FlowHop &hop : flow.via)
        if (hop.fromPorts.from <= port && port <= hop.fromPorts.to)
            return true;
    return false;
}

// The rule set that ends a flow at its destination: the node's host
// firewall (each member's for a member set), or the balancer's group.
QStringList destinationPoints(const Flow &flow, const ElementId &to)
{
    if (flow.destination.kind == ElementKind::LoadBalancer)
        return {u"lb:" + flow.destination.id};
    if (flow.destination.isMemberSet())
        return {u"host:" + (flow.destination.members.contains(to) ? to : flow.destination.members.first())};
    return {u"host:" + flow.destination.id, u"sg:" + flow.destination.id};
}

} // namespace

QList<FlowExplainer::Explained> FlowExplainer::explain(const Derivation &derivation, const Query &query)
{
    FlowList chosen;
    for (const Flow &flow : derivation.flows)
        if (names(flow.source, query.from) && names(flow.destination, query.to) && matches(flow, query))
            chosen.append(flow);
    if (chosen.isEmpty()) {
        // Through a balancer: from -> balancer and balancer -> to.
        QSet<ElementId> balancers;
        for (const Flow &flow : derivation.flows)
            if (flow.source.kind == ElementKind::LoadBalancer && names(flow.destination, query.to) &&
                matches(flow, Query{query.from, query.to, std::nullopt, query.protocol}))
                balancers.insert(flow.source.id);
        for (const Flow &flow : derivation.flows) {
            const bool front = names(flow.source, query.from) && balancers.contains(flow.destination.id) &&
                               matches(flow, query);
            if (front)
                chosen.append(flow);
        }
        if (!chosen.isEmpty()) {
            QSet<ElementId> used;
            for (const Flow &flow : std::as_const(chosen))
                used.insert(flow.destination.id);
            for (const Flow &flow : derivation.flows)
                if (used.contains(flow.source.id) && names(flow.destination, query.to))
                    chosen.append(flow);
        }
    }

    QList<Explained> result;
    for (const Flow &flow : std::as_const(chosen)) {
        Explained e{flow, FlowPaths::steps(flow), {}};
        const QString key = flow.key();
        // Points on the path: each boundary firewall, then the destination.
        QHash<QString, ElementId> points;
        for (const FlowHop &hop : flow.via)
            if (hop.kind == HopKind::Firewall)
                points.insert(u"fw:" + hop.id, hop.id);
        for (const QString &point : destinationPoints(flow, query.to))
            points.insert(point, flow.destination.id);
        for (const RuleSet &set : derivation.ruleSets) {
            const auto it = points.constFind(set.id);
            if (it == points.cend())
                continue;
            for (int i = 0; i < set.rules.size(); ++i) {
                const Rule &rule = set.rules[i];
                // A boundary firewall admits a flow leaving its inside zones by an egress rule.
                if (rule.flowKeys.contains(key) &&
                    (rule.direction == Direction::Ingress || set.kind == PointKind::BoundaryFirewall))
                    e.admittedBy[*it].append(Admission{set.id, i, rule});
            }
        }
        result.append(e);
    }
    return result;
}

} // namespace portolan
