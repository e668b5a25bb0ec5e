#pragma once

#include "derivecontext.h"

#include <QCoreApplication>

#include <optional>

namespace portolan {

// One catalog port a client's use reaches.
struct UsedPort
{
    int component = -1;                  // index into DeriveContext::components
    const ResolvedPort *port = nullptr;  // points into that component's ports
    std::optional<ListenerRef> listener; // the client named the load balancer itself
};

// Shared by ClientFlows and AdminFlows: what a client's `uses` entry means,
// and the path a client takes to a port (through the load balancer that
// fronts it, or straight to the node).
class ClientUses
{
    Q_DECLARE_TR_FUNCTIONS(ClientUses)
public:
    // A node target: the node's ports with that id (every port fitting the
    // client's role when the use names none). A load balancer target: the
    // ports its listeners forward to.
    static QList<UsedPort> expand(const DeriveContext &context, const Client &client, const ClientUse &use);
    // With no port named, which audiences a role means.
    static bool roleFits(ClientRole role, Audience audience);
    // Admin ports: admin clients and clients in trusted zones only.
    static bool mayAdminister(const DeriveContext &context, const Client &client);
    // Adds the flows from `source` to the used port.
    static void addPath(DeriveContext &context, const FlowEndpoint &source, const UsedPort &used);
    static void refuse(DeriveContext &context, const Client &client, const ClientUse &use,
                       const UsedPort *used, const QString &reason);
};

} // namespace portolan
