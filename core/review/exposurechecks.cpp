#include "exposurechecks.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portolan {

ElementId ExposureChecks::zoneOf(const ReviewContext &ctx, const FlowEndpoint &e)
{
    if (!e.zone.isEmpty())
        return e.zone;
    switch (e.kind) {
    case ElementKind::Zone:
        return e.id;
    case ElementKind::Node:
        return ctx.node(e.id) ? ctx.node(e.id)->zone : ElementId();
    case ElementKind::Client:
        return ctx.client(e.id) ? ctx.client(e.id)->zone : ElementId();
    case ElementKind::LoadBalancer:
        return ctx.loadBalancer(e.id) ? ctx.loadBalancer(e.id)->zone : ElementId();
    default:
        return {};
    }
}

const PortDef *ExposureChecks::portOf(const ReviewContext &ctx, const Flow &flow)
{
    const ComponentDef *def = ctx.componentDef(flow.component);
    return def ? def->port(flow.port) : nullptr;
}

void ExposureChecks::adminUntrusted(const ReviewContext &ctx, CheckOutput *out)
{
    QSet<QString> seen;
    for (const Flow &flow : ctx.derivation().flows) {
        if (flow.audience != Audience::Admins)
            continue;
        const ElementId zone = zoneOf(ctx, flow.source);
        bool open = !ctx.topology().isTrusted(zone);
        for (const Cidr &c : flow.source.cidrs)
            open = open || c.isAny();
        const QString key = flow.destination.id + u'|' + flow.port + u'|' + flow.source.id;
        if (!open || seen.contains(key))
            continue;
        seen.insert(key);
        const PortDef *port = portOf(ctx, flow);
        const QString title = port ? port->title : flow.port;
        const bool auth = port && port->exposeRequiresAuth;
        out->raise(
            flow.destination.id,
            auth ? tr("%1 of %2 is reachable from %3, which is not a trusted zone; %4 allows this only "
                      "with authentication enabled.")
                       .arg(title, ctx.label(flow.destination.id), ctx.label(flow.source.id), flow.product)
                 : tr("%1 of %2 is reachable from %3, which is not a trusted zone.")
                       .arg(title, ctx.label(flow.destination.id), ctx.label(flow.source.id)),
            auth ? tr("Enable authentication on the %1, or reach it only from a trusted admin zone.")
                       .arg(title)
                 : tr("Reach the %1 only from a zone of kind 'trusted' (an admin network).").arg(title),
            auth ? CheckOutput::Degree::Softened : CheckOutput::Degree::Usual);
    }
}

void ExposureChecks::localPort(const ReviewContext &ctx, CheckOutput *out)
{
    QSet<QString> seen;
    for (const Flow &flow : ctx.derivation().flows) {
        if (flow.audience != Audience::Local)
            continue;
        const QString key = flow.destination.id + u'|' + flow.port;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        const PortDef *port = portOf(ctx, flow);
        out->raise(flow.destination.id,
                   tr("%1 of %2 is local to the node, but a flow from %3 reaches it.")
                       .arg(port ? port->title : flow.port, ctx.label(flow.destination.id),
                            ctx.label(flow.source.id)),
                   tr("Remove whatever makes %1 reach it; the port must only be used over loopback.")
                       .arg(ctx.label(flow.source.id)));
    }
    for (const ReviewedComponent &nc : ctx.components()) {
        for (const ResolvedPort &rp : nc.ports) {
            if (rp.def->audience != Audience::Local || rp.bindAddress.isNull() || rp.bindAddress.isLoopback())
                continue;
            const QString setting = rp.def->spec.setting;
            const QString fixed = formatAddressPortText(
                rp.bindAddress.protocol() == QAbstractSocket::IPv6Protocol, rp.range.from);
            out->raise(nc.node->id,
                       tr("%1 of %2 is bound to %3; it must only listen on loopback.")
                           .arg(rp.def->title, ctx.label(nc.node->id), rp.bindAddress.toString()),
                       setting.isEmpty() ? tr("Bind it to 127.0.0.1.")
                                         : tr("Set %1 = %2.").arg(setting, fixed));
        }
    }
}

QString ExposureChecks::formatAddressPortText(bool ipv6, int port)
{
    return (ipv6 ? u"[::1]:"_s : u"127.0.0.1:"_s) + QString::number(port);
}

void ExposureChecks::clusterOutside(const ReviewContext &ctx, CheckOutput *out)
{
    QSet<QString> seen;
    using MemberSetKey =
        std::pair<std::pair<const ElementId *, QString>, QString>; // members, component, cluster
    QHash<MemberSetKey, bool> memberSets;
    QHash<std::pair<QString, QString>, QSet<ElementId>> clusters; // (component, cluster) -> member node ids
    QHash<const Cidr *, QStringList> wideSources; // a source's CIDR list -> its networks wider than a host
    for (const Flow &flow : ctx.derivation().flows) {
        if (flow.audience != Audience::Peers)
            continue;
        // Reported pairs first: a cluster's flows repeat them, and the
        // membership test below is the expensive part.
        const QString key = flow.destination.id + u'|' + flow.port + u'|' + flow.source.id;
        if (seen.contains(key))
            continue;
        // Member sets (a large cluster's peers in one zone) stand for their nodes.
        const ElementId destId =
            flow.destination.isMemberSet() ? flow.destination.members.first() : flow.destination.id;
        const Node *dest = ctx.node(destId);
        // A node may run the component in several clusters: the flow is a
        // member's when its source belongs to any cluster the destination
        // is in. (Judging by the destination's last cluster alone reported
        // the members of its other clusters as outsiders.)
        QStringList destClusters;
        if (dest)
            for (const ComponentUse &u : dest->components)
                if (u.component == flow.component && !destClusters.contains(u.cluster))
                    destClusters.append(u.cluster);
        if (destClusters.isEmpty())
            destClusters.append(QString());
        bool member = false;
        for (const QString &cluster : std::as_const(destClusters)) {
            if (flow.source.kind != ElementKind::Node)
                break; // only nodes are members
            // Nodes running the flow's component in `cluster`, collected
            // once per pair: member sets list hundreds of nodes, each asked
            // per flow.
            auto members = clusters.constFind(std::pair(flow.component, cluster));
            if (members == clusters.cend()) {
                QSet<ElementId> ids;
                for (const Node &n : ctx.project().nodes)
                    if (ctx.node(n.id) == &n)
                        for (const ComponentUse &u : n.components)
                            if (u.component == flow.component && u.cluster == cluster)
                                ids.insert(n.id);
                members = clusters.insert(std::pair(flow.component, cluster), ids);
            }
            auto isMember = [&](const ElementId &id) { return members->contains(id); };
            if (flow.source.isMemberSet()) {
                // Member sets are lists shared by many flows: judge each once
                // per component and cluster.
                const MemberSetKey memo{{flow.source.members.constData(), flow.component}, cluster};
                auto known = memberSets.constFind(memo);
                if (known == memberSets.cend())
                    known = memberSets.insert(memo, std::all_of(flow.source.members.cbegin(),
                                                                flow.source.members.cend(), isMember));
                member = *known;
            } else {
                member = isMember(flow.source.id);
            }
            if (member)
                break;
        }
        const PortDef *port = portOf(ctx, flow);
        if (member) {
            // Members are fine; a network wider than their hosts is not (a
            // member without addresses stands for its whole zone). A member
            // set's addresses are one list shared by its flows (every
            // member's peer flow): look at each list once.
            auto wide = wideSources.constFind(flow.source.cidrs.constData());
            if (wide == wideSources.cend()) {
                QStringList text;
                for (const Cidr &c : flow.source.cidrs)
                    if (!c.isHost())
                        text.append(c.toString());
                wide = wideSources.insert(flow.source.cidrs.constData(), text);
            }
            if (wide->isEmpty())
                continue;
            seen.insert(key);
            out->raise(
                flow.destination.id,
                tr("%1 of %2 is opened to all of %3 for cluster member %4, so hosts outside the cluster "
                   "reach it too.")
                    .arg(port ? port->title : flow.port, ctx.label(flow.destination.id), wide->join(u", "_s),
                         ctx.label(flow.source.id)),
                tr("Give %1 its addresses so the rule names only the cluster's hosts.").arg(flow.source.id));
            continue;
        }
        seen.insert(key);
        destClusters.removeAll(QString()); // the unnamed cluster goes without a name
        const QString clusterText =
            destClusters.isEmpty() ? QString() : tr(" in cluster %1").arg(destClusters.join(u", "_s));
        out->raise(flow.destination.id,
                   tr("%1 of %2 is for the other members of its cluster only, but %3 reaches it.")
                       .arg(port ? port->title : flow.port, ctx.label(flow.destination.id),
                            ctx.label(flow.source.id)),
                   tr("Allow %1 only between the nodes that run %2%3.")
                       .arg(port ? port->title : flow.port, flow.component, clusterText));
    }
}

QList<CheckDef> ExposureChecks::checks()
{
    return {
        {.code = u"exposure.admin-untrusted"_s,
         .severity = Severity::Error,
         .softened = Severity::Warning,
         .reads = CheckReads::Flows,
         .run = &adminUntrusted},
        {.code = u"exposure.local-port"_s,
         .severity = Severity::Error,
         .reads = CheckReads::Flows,
         .run = &localPort},
        {.code = u"exposure.cluster-outside"_s,
         .severity = Severity::Error,
         .reads = CheckReads::Flows,
         .run = &clusterOutside},
    };
}

} // namespace portolan
