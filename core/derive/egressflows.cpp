#include "egressflows.h"

using namespace Qt::StringLiterals;

namespace portolan {

void EgressFlows::run(DeriveContext &context)
{
    const FlowEndpoint internet = context.internetEndpoint();
    for (const NodeComponent &nc : std::as_const(context.components)) {
        for (const ResolvedPort &port : nc.ports) {
            if (port.def->audience != Audience::Egress)
                continue;
            QList<FlowEndpoint> destinations;
            const QString &to = port.def->egressTo;
            if (to.isEmpty() || to == u"internet"_s) {
                destinations.append(internet);
            } else {
                for (int node : context.nodesByComponent.value(to))
                    if (node != nc.node)
                        destinations.append(context.nodeEndpoint(node));
            }
            for (const FlowEndpoint &destination : std::as_const(destinations)) {
                for (Protocol protocol : port.protocols) {
                    Flow flow = context.portFlow(nc, port);
                    flow.source = context.nodeEndpoint(nc.node);
                    flow.destination = destination;
                    flow.protocol = protocol;
                    context.flows.append(flow);
                }
            }
        }
    }
}

} // namespace portolan
