#include "internalflows.h"

#include "memberset.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace portolan {

void InternalFlows::run(DeriveContext &context)
{
    // Deployments (catalog + cluster label) with an internal port, and every
    // node in them.
    auto deploymentOf = [](const NodeComponent &nc) {
        return nc.instance.use().cluster.isEmpty()
                   ? nc.instance.catalog().id
                   : nc.instance.catalog().id % u':' % nc.instance.use().cluster;
    };
    QMap<QString, QList<int>> deployments;   // deployment -> node indices
    QHash<QString, QList<int>> componentsOf; // deployment -> component indices
    QSet<QString> withInternal;
    for (int c = 0; c < context.components.size(); ++c) {
        const NodeComponent &nc = context.components[c];
        const QString deployment = deploymentOf(nc);
        componentsOf[deployment].append(c);
        QList<int> &nodes = deployments[deployment];
        if (nodes.isEmpty() || nodes.last() != nc.node)
            nodes.append(nc.node);
        for (const ResolvedPort &port : nc.ports)
            if (port.def->audience == Audience::Internal)
                withInternal.insert(deployment);
    }
    for (auto it = deployments.cbegin(); it != deployments.cend(); ++it) {
        if (!withInternal.contains(it.key()))
            continue;
        QList<int> members = it.value();
        std::sort(members.begin(), members.end());
        members.erase(std::unique(members.begin(), members.end()), members.end());
        const MemberSet set(context, members, u"internal:"_s + it.key());
        for (int c : componentsOf.value(it.key())) {
            const NodeComponent &nc = context.components[c];
            QList<FlowEndpoint> sources;
            bool sourcesMade = false;
            for (const ResolvedPort &port : nc.ports) {
                if (port.def->audience != Audience::Internal)
                    continue;
                if (!sourcesMade) {
                    sources = set.sourcesFor(nc.node);
                    sourcesMade = true;
                }
                for (const FlowEndpoint &source : std::as_const(sources))
                    context.addPortFlows(nc, port, source, context.nodeEndpoint(nc.node));
            }
        }
    }
}

} // namespace portolan
