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
                    ClientUses::refuse(
                        context, client, use, &used,
                        tr("'%1' is an admin port; only admin clients or trusted networks may reach it")
                            .arg(used.port->def->id));
            }
        }
    }

    // Fallback: admin ports nobody named, from the trusted zones of the
    // node's site (its top-level zone), or every trusted zone if it has none.
    QList<FlowEndpoint> trusted;
    QHash<int, QList<FlowEndpoint>> trustedBySite;
    for (int z = 0; z < context.project.zones.size(); ++z) {
        if (context.project.zones[z].kind != ZoneKind::Trusted)
            continue;
        const FlowEndpoint endpoint = context.zoneEndpoint(context.project.zones[z].id);
        trusted.append(endpoint);
        trustedBySite[context.zoneRoot(z)].append(endpoint);
    }
    if (trusted.isEmpty())
        return;
    for (int c = 0; c < context.components.size(); ++c) {
        const NodeComponent &nc = context.components[c];
        const ElementId &nodeId = context.project.nodes[nc.node].id;
        for (const ResolvedPort &port : nc.ports) {
            if (port.def->audience != Audience::Admins ||
                context.usedTargets.contains(
                    DeriveContext::targetKey(nodeId, nc.instance.reference(), port.def->id)))
                continue;
            const int root = context.zoneRoot(context.zoneIndex(context.project.nodes[nc.node].zone));
            const QList<FlowEndpoint> &site = root < 0 ? trusted : trustedBySite[root];
            for (const FlowEndpoint &source : site.isEmpty() ? trusted : site)
                context.addPortFlows(nc, port, source, context.nodeEndpoint(nc.node));
        }
    }
}

} // namespace portolan
