#include "egressflows.h"

#include "memberset.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

// The nodes running `component`, preferring those with the same cluster label.
QList<int> targetsOf(const DeriveContext &context, const QString &component, const QString &cluster)
{
    const QList<int> all = context.nodesByComponent.value(component);
    QList<int> same;
    for (int node : all) {
        for (int c : context.componentsOfNode[node]) {
            const NodeComponent &nc = context.components[c];
            if (nc.instance.reference() == component && nc.instance.use().cluster == cluster) {
                same.append(node);
                break;
            }
        }
    }
    return same.isEmpty() ? all : same;
}

} // namespace

void EgressFlows::run(DeriveContext &context)
{
    const FlowEndpoint internet = context.internetEndpoint();
    // Egress to a component: sources with the same port and cluster label,
    // gathered so that large groups become member sets on both ends.
    struct Group
    {
        int component = -1; // a representative source component
        const ResolvedPort *port = nullptr;
        QList<int> sources; // node indices
    };
    QMap<QString, Group> groups;
    for (int c = 0; c < context.components.size(); ++c) {
        const NodeComponent &nc = context.components[c];
        for (const ResolvedPort &port : nc.ports) {
            if (port.def->audience != Audience::Egress)
                continue;
            const QString &to = port.def->egressTo;
            if (to.isEmpty() || to == u"internet"_s) {
                context.addPortFlows(nc, port, context.nodeEndpoint(nc.node), internet);
                continue;
            }
            const QString key = nc.instance.reference() % u'|' % port.def->id % u'|' % port.range.toString() %
                                u'|' % nc.instance.use().cluster;
            Group &group = groups[key];
            if (group.component < 0) {
                group.component = c;
                group.port = &port;
            }
            if (group.sources.isEmpty() || group.sources.last() != nc.node)
                group.sources.append(nc.node);
        }
    }
    for (const Group &group : std::as_const(groups)) {
        const NodeComponent &nc = context.components[group.component];
        const ResolvedPort &port = *group.port;
        QList<int> targets = targetsOf(context, port.def->egressTo, nc.instance.use().cluster);
        if (group.sources.size() <= MemberSet::PairwiseLimit && targets.size() <= MemberSet::PairwiseLimit) {
            for (int source : group.sources)
                for (int target : std::as_const(targets))
                    if (target != source)
                        context.addPortFlows(nc, port, context.nodeEndpoint(source),
                                             context.nodeEndpoint(target));
            continue;
        }
        // Large: member sets on both ends keep flows at O(zones x zones).
        const QString id = port.def->egressTo % u'#' % nc.instance.use().cluster;
        const MemberSet sources(context, group.sources,
                                u"egress:"_s % nc.instance.reference() % u':' % port.def->id);
        const MemberSet destinations(context, targets, u"nodes:"_s % id);
        for (const FlowEndpoint &source : sources.endpoints())
            for (const FlowEndpoint &destination : destinations.endpoints())
                context.addPortFlows(nc, port, source, destination);
    }
}

} // namespace portolan
