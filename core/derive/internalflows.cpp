#include "internalflows.h"

#include "memberset.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace portolan {

void InternalFlows::run(DeriveContext &context)
{
    // Catalogs with an internal port, and every node running that catalog.
    QMap<QString, QList<int>> deployments; // catalog id -> node indices
    QSet<QString> withInternal;
    for (const NodeComponent &nc : std::as_const(context.components)) {
        QList<int> &nodes = deployments[nc.instance.catalog().id];
        if (nodes.isEmpty() || nodes.last() != nc.node)
            nodes.append(nc.node);
        for (const ResolvedPort &port : nc.ports)
            if (port.def->audience == Audience::Internal)
                withInternal.insert(nc.instance.catalog().id);
    }
    for (auto it = deployments.cbegin(); it != deployments.cend(); ++it) {
        if (!withInternal.contains(it.key()))
            continue;
        QList<int> members = it.value();
        std::sort(members.begin(), members.end());
        members.erase(std::unique(members.begin(), members.end()), members.end());
        const MemberSet set(context, members, u"internal:"_s + it.key());
        for (const NodeComponent &nc : std::as_const(context.components)) {
            if (nc.instance.catalog().id != it.key())
                continue;
            QList<FlowEndpoint> sources;
            bool sourcesMade = false;
            for (const ResolvedPort &port : nc.ports) {
                if (port.def->audience != Audience::Internal)
                    continue;
                if (!sourcesMade) {
                    sources = set.sourcesFor(nc.node);
                    sourcesMade = true;
                }
                for (const FlowEndpoint &source : std::as_const(sources)) {
                    for (Protocol protocol : port.protocols) {
                        Flow flow = context.portFlow(nc, port);
                        flow.source = source;
                        flow.destination = context.nodeEndpoint(nc.node);
                        flow.protocol = protocol;
                        context.flows.append(flow);
                    }
                }
            }
        }
    }
}

} // namespace portolan
