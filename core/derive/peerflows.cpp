#include "peerflows.h"

#include "memberset.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace portolan {

void PeerFlows::run(DeriveContext &context)
{
    // cluster key -> component indices; QMap keeps the passes' order stable.
    QMap<QString, QList<int>> clusters;
    for (int c = 0; c < context.components.size(); ++c) {
        const NodeComponent &nc = context.components[c];
        const bool hasPeers = std::any_of(nc.ports.cbegin(), nc.ports.cend(), [](const ResolvedPort &p) {
            return p.def->audience == Audience::Peers;
        });
        if (hasPeers)
            clusters[nc.instance.reference() % u'\x1f' % nc.instance.use().cluster].append(c);
    }
    for (auto it = clusters.cbegin(); it != clusters.cend(); ++it) {
        QList<int> members;
        for (int c : it.value())
            if (members.isEmpty() || members.last() != context.components[c].node)
                members.append(context.components[c].node);
        const NodeComponent &first = context.components[it.value().first()];
        QString prefix = u"peers:"_s + first.instance.reference();
        if (!first.instance.use().cluster.isEmpty())
            prefix += u':' + first.instance.use().cluster;
        const MemberSet set(context, members, prefix);
        for (int c : it.value()) {
            const NodeComponent &nc = context.components[c];
            const QList<FlowEndpoint> sources = set.sourcesFor(nc.node);
            for (const ResolvedPort &port : nc.ports) {
                if (port.def->audience != Audience::Peers)
                    continue;
                for (const FlowEndpoint &source : sources)
                    context.addPortFlows(nc, port, source, context.nodeEndpoint(nc.node));
            }
        }
    }
}

} // namespace portolan
