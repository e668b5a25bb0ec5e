#include "clientuses.h"

#include <functional>

namespace portolan {

namespace {

void addNodePorts(const DeriveContext &context, int node, const QString &component, const QString &portId,
                  const std::function<bool(const ResolvedPort &)> &fits,
                  const std::optional<ListenerRef> &listener, QList<UsedPort> *out)
{
    if (node < 0)
        return;
    if (!portId.isEmpty()) {
        // By the index: a node with thousands of ports and thousands of uses
        // must not compare every use with every port.
        for (const DeriveContext::PortRef &ref : context.portsNamed(node, portId)) {
            const int c = ref.component;
            const int p = ref.port;
            const NodeComponent &nc = context.components[c];
            if (component.isEmpty() || nc.instance.reference() == component)
                out->append(UsedPort{c, &nc.ports[p], listener});
        }
        return;
    }
    for (int c : context.componentsOfNode[node]) {
        const NodeComponent &nc = context.components[c];
        if (!component.isEmpty() && nc.instance.reference() != component)
            continue;
        for (const ResolvedPort &port : nc.ports) {
            if (fits(port))
                out->append(UsedPort{c, &port, listener});
        }
    }
}

} // namespace

QList<UsedPort> ClientUses::expand(const DeriveContext &context, const Client &client, const ClientUse &use)
{
    QList<UsedPort> result;
    auto fits = [&](const ResolvedPort &port) { return roleFits(client.role, port.def->audience); };
    if (const int node = context.nodeIndex(use.target); node >= 0) {
        addNodePorts(context, node, {}, use.port, fits, std::nullopt, &result);
        return result;
    }
    const int lbIndex = context.loadBalancerIndex(use.target);
    if (lbIndex < 0)
        return result;
    const LoadBalancer &lb = context.project.loadBalancers[lbIndex];
    for (int i = 0; i < lb.listeners.size(); ++i) {
        const Listener &listener = lb.listeners[i];
        if (!use.port.isEmpty() && listener.targetPort != use.port)
            continue;
        QList<UsedPort> ports;
        addNodePorts(context, context.nodeIndex(listener.targetNode), listener.targetComponent,
                     listener.targetPort, fits, ListenerRef{lbIndex, i}, &ports);
        for (const UsedPort &p : std::as_const(ports))
            if (!use.port.isEmpty() || fits(*p.port))
                result.append(p);
    }
    return result;
}

bool ClientUses::roleFits(ClientRole role, Audience audience)
{
    return role == ClientRole::Admins ? audience == Audience::Admins : audience == Audience::Clients;
}

bool ClientUses::mayAdminister(const DeriveContext &context, const Client &client)
{
    return client.role == ClientRole::Admins || context.isTrusted(client.zone);
}

void ClientUses::addPath(DeriveContext &context, const FlowEndpoint &source, const UsedPort &used)
{
    const NodeComponent &nc = context.components[used.component];
    const ResolvedPort &port = *used.port;
    const ElementId &nodeId = context.project.nodes[nc.node].id;
    const QString key = DeriveContext::targetKey(nodeId, nc.instance.reference(), port.def->id);
    context.usedTargets.insert(key);

    QList<ListenerRef> listeners;
    if (used.listener)
        listeners.append(*used.listener);
    else
        listeners = context.listenersByTarget.value(key);

    // Fronted by a load balancer: the client reaches its front port; the
    // balancer's own leg to the node comes from LoadBalancerFlows.
    for (const ListenerRef &ref : std::as_const(listeners)) {
        const Listener &listener = context.project.loadBalancers[ref.loadBalancer].listeners[ref.listener];
        Flow flow = context.portFlow(nc, port);
        flow.source = source;
        flow.destination = context.loadBalancerEndpoint(ref.loadBalancer);
        flow.protocol = listener.protocol;
        flow.ports = PortRange::single(listener.port);
        flow.via.append(context.loadBalancerHop(ref, port, nc.node));
        context.flows.append(flow);
    }
    if (!listeners.isEmpty())
        return;
    context.addPortFlows(nc, port, source, context.nodeEndpoint(nc.node));
}

void ClientUses::refuse(DeriveContext &context, const Client &client, const ClientUse &use,
                        const UsedPort *used, const QString &reason)
{
    RefusedUse refused;
    refused.client = client.id;
    refused.target = use.target;
    refused.port = use.port;
    if (used) {
        const NodeComponent &nc = context.components[used->component];
        refused.component = nc.instance.reference();
        refused.port = used->port->def->id;
        refused.audience = used->port->def->audience;
    }
    refused.reason = reason;
    context.refused.append(refused);
}

} // namespace portolan
