#include "resolvecomponents.h"

#include <algorithm>

namespace portolan {

void ResolveComponents::run(DeriveContext &context)
{
    const Project &project = context.project;
    context.componentsOfNode.resize(project.nodes.size());
    context.portRefsStart.reserve(size_t(project.nodes.size()) + 1);
    for (int n = 0; n < project.nodes.size(); ++n) {
        const Node &node = project.nodes[n];
        const qsizetype runStart = qsizetype(context.portRefs.size());
        context.portRefsStart.push_back(runStart);
        for (const ComponentUse &use : node.components) {
            auto instance = ComponentInstance::make(context.catalogs, use);
            if (!instance)
                continue;
            context.componentsOfNode[n].append(int(context.components.size()));
            QList<int> &nodes = context.nodesByComponent[use.component];
            if (nodes.isEmpty() || nodes.last() != n)
                nodes.append(n);
            NodeComponent nc{n, *instance, {}, {}};
            // Kong's "127.0.0.1:8001" admin listener answers on the host only.
            for (const ResolvedPort &port : instance->ports())
                (port.bindAddress.isLoopback() ? nc.loopback : nc.ports).append(port);
            const int c = int(context.components.size());
            for (int p = 0; p < nc.ports.size(); ++p)
                context.portRefs.push_back({&nc.ports[p].def->id, c, p});
            context.components.append(nc);
        }
        std::stable_sort(
            context.portRefs.begin() + runStart, context.portRefs.end(),
            [](const DeriveContext::PortRef &a, const DeriveContext::PortRef &b) { return *a.id < *b.id; });
    }
    context.portRefsStart.push_back(qsizetype(context.portRefs.size()));
    for (int l = 0; l < project.loadBalancers.size(); ++l) {
        const LoadBalancer &lb = project.loadBalancers[l];
        for (int i = 0; i < lb.listeners.size(); ++i) {
            const Listener &listener = lb.listeners[i];
            context
                .listenersByTarget[DeriveContext::targetKey(listener.targetNode, listener.targetComponent,
                                                            listener.targetPort)]
                .append(ListenerRef{l, i});
        }
    }
}

} // namespace portolan
