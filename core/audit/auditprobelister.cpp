#include "auditprobelister.h"

#include "catalog/componentinstance.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

QList<int> samplePorts(const PortRange &range)
{
    if (range.isSingle())
        return {range.from};
    QList<int> ports{range.from, range.from + (range.to - range.from) / 2, range.to};
    ports.erase(std::unique(ports.begin(), ports.end()), ports.end());
    return ports;
}

QString identity(const QHostAddress &address, Protocol protocol, int port)
{
    return address.toString() + u'|' + protocolName(protocol) + u'|' + QString::number(port);
}

class Collector
{
public:
    void add(AuditTarget target)
    {
        const QString id = identity(target.address, target.protocol, target.port);
        auto it = m_index.constFind(id);
        if (it == m_index.cend()) {
            m_index.insert(id, m_targets.size());
            m_targets.append(std::move(target));
            return;
        }
        // Open wins: a port one flow needs is expected open whatever else says.
        AuditTarget &existing = m_targets[*it];
        if (target.expectedOpen && !existing.expectedOpen)
            existing = std::move(target);
        else if (target.tls)
            existing.tls = true;
    }
    QList<AuditTarget> take()
    {
        std::sort(m_targets.begin(), m_targets.end(),
                  [](const AuditTarget &a, const AuditTarget &b) { return a.key() < b.key(); });
        return std::move(m_targets);
    }

private:
    QList<AuditTarget> m_targets;
    QHash<QString, qsizetype> m_index;
};

} // namespace

bool AuditProbeLister::sourceCovers(const Project &project, const Flow &flow, const ElementId &zone)
{
    switch (flow.source.kind) {
    case ElementKind::Client: {
        const Client *client = project.client(flow.source.id);
        return client && project.zoneIsWithin(zone, client->zone);
    }
    case ElementKind::Zone:
        return project.zoneIsWithin(zone, flow.source.id);
    default:
        return false; // node-to-node flows: the prober is not one of the nodes
    }
}

AuditProbeLister::List AuditProbeLister::list(const Project &project, const CatalogSet &catalogs,
                                              const Derivation &derived, const ElementId &fromZone)
{
    List list;
    Collector collector;

    for (const Flow &flow : derived.flows) {
        if (flow.protocol == Protocol::Any || !sourceCovers(project, flow, fromZone))
            continue;
        // What the prober connects to: the first translating hop's front, else the destination.
        QList<QHostAddress> addresses;
        PortRange ports = flow.ports;
        bool tls = false;
        const auto front = std::find_if(flow.via.cbegin(), flow.via.cend(), [](const FlowHop &h) {
            return (h.kind == HopKind::Nat && !h.sourceNat) || h.kind == HopKind::LoadBalancer;
        });
        if (front != flow.via.cend() && !front->fromAddress.isNull() &&
            !(front->kind == HopKind::LoadBalancer && flow.source.kind == ElementKind::LoadBalancer)) {
            addresses.append(front->fromAddress);
            ports = front->fromPorts;
            tls = front->tls == TlsMode::Terminate;
        } else {
            for (const Cidr &c : flow.destination.cidrs)
                if (c.isHost())
                    addresses.append(c.network());
        }
        if (addresses.isEmpty())
            continue;
        if (const ComponentDef *def = catalogs.component(flow.component))
            if (const PortDef *port = def->port(flow.port))
                tls = tls || port->tls;
        for (const QHostAddress &address : std::as_const(addresses))
            for (int p : samplePorts(ports))
                collector.add({flow.destination.id, address, flow.protocol, p, true, tls, flow.component,
                               flow.port,
                               tr("flow %1 → %2 (%3)").arg(flow.source.id, flow.destination.id, flow.port)});
    }

    for (const Node &node : project.nodes) {
        if (node.addresses.isEmpty()) {
            ++list.skippedWithoutAddress;
            continue;
        }
        for (const ComponentUse &use : node.components) {
            const auto instance = ComponentInstance::make(catalogs, use);
            if (!instance)
                continue;
            for (const ResolvedPort &port : instance->ports()) {
                if (port.def->audience == Audience::Egress || port.def->spec.kind == PortSpec::Kind::All)
                    continue;
                for (Protocol protocol : port.protocols)
                    for (const QHostAddress &address : node.addresses)
                        for (int p : samplePorts(port.range))
                            collector.add(
                                {node.id, address, protocol, p, false, port.ssl, use.component, port.def->id,
                                 tr("%1 (%2) is not planned to be reachable from %3")
                                     .arg(port.def->title, audienceName(port.def->audience), fromZone)});
            }
        }
    }
    for (const LoadBalancer &lb : project.loadBalancers)
        for (const Listener &listener : lb.listeners)
            for (const QHostAddress &address : lb.addresses)
                collector.add({lb.id, address, listener.protocol, listener.port, false,
                               listener.tls == TlsMode::Terminate, listener.targetComponent,
                               listener.targetPort,
                               tr("listener %1/%2 is not planned to be reachable from %3")
                                   .arg(protocolName(listener.protocol))
                                   .arg(listener.port)
                                   .arg(fromZone)});
    list.targets = collector.take();
    return list;
}

} // namespace portolan
