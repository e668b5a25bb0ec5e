#include "loadbalancerflows.h"

namespace portolan {

void LoadBalancerFlows::run(DeriveContext &context)
{
    const Project &project = context.project;
    for (int l = 0; l < project.loadBalancers.size(); ++l) {
        const LoadBalancer &lb = project.loadBalancers[l];
        const FlowEndpoint source = context.loadBalancerEndpoint(l);
        for (int i = 0; i < lb.listeners.size(); ++i) {
            const Listener &listener = lb.listeners[i];
            const int node = context.nodeIndex(listener.targetNode);
            if (node < 0)
                continue;
            for (int c : context.componentsOfNode[node]) {
                const NodeComponent &nc = context.components[c];
                if (nc.instance.reference() != listener.targetComponent)
                    continue;
                for (const ResolvedPort &port : nc.ports) {
                    if (port.def->id != listener.targetPort)
                        continue;
                    Flow flow = context.portFlow(nc, port);
                    flow.source = source;
                    flow.destination = context.nodeEndpoint(node);
                    flow.protocol = listener.protocol;
                    flow.via.append(context.loadBalancerHop(ListenerRef{l, i}, port, node));
                    context.flows.append(flow);
                }
            }
        }
    }
}

} // namespace portolan
