#include "clientflows.h"

#include "clientuses.h"

namespace portolan {

void ClientFlows::run(DeriveContext &context)
{
    for (const Client &client : context.project.clients) {
        const FlowEndpoint source = context.clientEndpoint(client);
        for (const ClientUse &use : client.uses) {
            const QList<UsedPort> ports = ClientUses::expand(context, client, use);
            if (ports.isEmpty() && !use.port.isEmpty()) {
                ClientUses::refuse(context, client, use, nullptr,
                                   tr("port '%1' is not enabled on '%2'").arg(use.port, use.target));
                continue;
            }
            for (const UsedPort &used : ports) {
                switch (used.port->def->audience) {
                case Audience::Clients:
                    ClientUses::addPath(context, source, used);
                    break;
                case Audience::Admins:
                    break; // AdminFlows
                case Audience::Peers:
                case Audience::Local:
                case Audience::Internal:
                case Audience::Egress:
                    ClientUses::refuse(context, client, use, &used,
                                       tr("'%1' is a %2 port; clients must not reach it")
                                           .arg(used.port->def->id, audienceName(used.port->def->audience)));
                    break;
                }
            }
        }
    }
}

} // namespace portolan
