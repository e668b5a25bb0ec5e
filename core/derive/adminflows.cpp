#include "adminflows.h"

#include "clientuses.h"

namespace portolan {

void AdminFlows::run(DeriveContext &context)
{
    for (const Client &client : context.project.clients) {
        const FlowEndpoint source = context.clientEndpoint(client);
        const bool allowed = ClientUses::mayAdminister(context, client);
        for (const ClientUse &use : client.uses) {
            for (const UsedPort &used : ClientUses::expand(context, client, use)) {
                if (used.port->def->audience != Audience::Admins)
                    continue;
                if (allowed)
                    ClientUses::addPath(context, source, used);
                else
                    ClientUses::refuse(context, client, use, &used,
                                       tr("'%1' is an admin port; only admin clients or trusted networks may reach it")
                                           .arg(used.port->def->id));
            }
        }
    }

    // Fallback: admin ports nobody named, from every trusted zone.
    QList<FlowEndpoint> trusted;
    for (const Zone &zone : context.project.zones)
        if (zone.kind == ZoneKind::Trusted)
            trusted.append(context.zoneEndpoint(zone.id));
    if (trusted.isEmpty())
        return;
    for (int c = 0; c < context.components.size(); ++c) {
        const NodeComponent &nc = context.components[c];
        const ElementId &nodeId = context.project.nodes[nc.node].id;
        for (const ResolvedPort &port : nc.ports) {
            if (port.def->audience != Audience::Admins
                || context.usedTargets.contains(
                    DeriveContext::targetKey(nodeId, nc.instance.reference(), port.def->id)))
                continue;
            for (const FlowEndpoint &source : std::as_const(trusted)) {
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

} // namespace portolan
