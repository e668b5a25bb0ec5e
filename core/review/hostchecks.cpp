#include "hostchecks.h"

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

// Ports the node listens on (egress entries are where it connects to).
bool listens(const ResolvedPort &p)
{
    return p.def->audience != Audience::Egress && p.def->spec.kind != PortSpec::Kind::All;
}

bool bindsOverlap(const QHostAddress &a, const QHostAddress &b)
{
    auto wildcard = [](const QHostAddress &x) {
        return x.isNull() || x == QHostAddress(QHostAddress::AnyIPv4) || x == QHostAddress(QHostAddress::AnyIPv6)
            || x == QHostAddress(QHostAddress::Any);
    };
    return wildcard(a) || wildcard(b) || a == b;
}

struct Claim
{
    QString component;
    ResolvedPort port;
};

} // namespace

void HostChecks::portConflict(const ReviewContext &ctx, Findings *out)
{
    for (const Node &node : ctx.project().nodes) {
        QList<Claim> claims;
        for (const ReviewedComponent &nc : ctx.componentsOf(node))
            for (const ResolvedPort &p : nc.ports)
                if (listens(p))
                    claims.append({nc.instance.reference(), p});
        for (qsizetype i = 0; i < claims.size(); ++i) {
            for (qsizetype j = i + 1; j < claims.size(); ++j) {
                const Claim &a = claims[i], &b = claims[j];
                if (a.component == b.component && a.port.def == b.port.def)
                    continue; // one setting listing the same port twice is the product's business
                if (!a.port.range.overlaps(b.port.range) || !bindsOverlap(a.port.bindAddress, b.port.bindAddress))
                    continue;
                for (Protocol protocol : a.port.protocols) {
                    if (!b.port.protocols.contains(protocol))
                        continue;
                    const int first = qMax(a.port.range.from, b.port.range.from);
                    out->append({Severity::Error, u"ports.conflict"_s, node.id,
                                 tr("%1 %2 (%3) and %4 (%5) both claim %6 port %7 on %8.")
                                     .arg(a.component, a.port.def->title, a.port.range.toString(), b.port.def->title,
                                          b.component, protocolName(protocol), QString::number(first),
                                          ctx.label(node.id)),
                                 tr("Move one of them to a free port in its settings.")});
                }
            }
        }
    }
}

void HostChecks::privilegedPort(const ReviewContext &ctx, Findings *out)
{
    for (const ReviewedComponent &nc : ctx.components()) {
        for (const ResolvedPort &p : nc.ports) {
            // Fixed low ports (SSH 22) belong to system daemons that run as root by design.
            if (!listens(p) || p.def->spec.kind == PortSpec::Kind::Fixed || p.range.from >= 1024)
                continue;
            out->append({Severity::Warning, u"host.privileged-port"_s, nc.node->id,
                         tr("%1 listens for %2 on port %3, below 1024: the %4 process needs root or the "
                            "CAP_NET_BIND_SERVICE capability.")
                             .arg(ctx.label(nc.node->id), p.def->title, QString::number(p.range.from),
                                  nc.instance.catalog().productName),
                         tr("Grant CAP_NET_BIND_SERVICE to the service (e.g. systemd AmbientCapabilities), or listen on "
                            "a port from 1024 up and let a load balancer or NAT forward the low port.")});
        }
    }
}

void HostChecks::transparentCapability(const ReviewContext &ctx, Findings *out)
{
    for (const ReviewedComponent &nc : ctx.components()) {
        for (const ResolvedPort &p : nc.ports) {
            if (!p.transparent)
                continue;
            bool redirected = false;
            for (const Redirect &r : nc.node->redirects)
                redirected = redirected || r.toPort == p.range.from;
            const QString message =
                tr("%1 listens for %2 on port %3 in transparent mode: the process needs root or CAP_NET_ADMIN, "
                   "and the packet filter must redirect the original ports to it.")
                    .arg(ctx.label(nc.node->id), p.def->title, QString::number(p.range.from));
            out->append({Severity::Warning, u"host.transparent-capability"_s, nc.node->id,
                         redirected ? message
                                    : QString(message + u' ' + tr("The node has no redirect to port %1.").arg(p.range.from)),
                         redirected ? tr("Grant CAP_NET_ADMIN to the service.")
                                    : tr("Grant CAP_NET_ADMIN to the service and add a redirect (match: the original "
                                         "ports, to: %1) to the node.")
                                          .arg(p.range.from)});
        }
    }
}

void HostChecks::portRangeTooSmall(const ReviewContext &ctx, Findings *out)
{
    for (const ReviewedComponent &nc : ctx.components()) {
        const int participants = nc.node->expectedParticipants;
        if (participants <= 0)
            continue;
        for (const ResolvedPort &p : nc.ports) {
            const int per = p.def->portsPerParticipant;
            if (per <= 0 || qint64(per) * participants <= p.range.count())
                continue;
            const qint64 needed = qint64(per) * participants;
            out->append({Severity::Error, u"capacity.port-range-too-small"_s, nc.node->id,
                         tr("%1 plans %2 participants per host at %3 ports each (%4 ports), but %5 is %6 (%7 ports).")
                             .arg(ctx.label(nc.node->id), QString::number(participants), QString::number(per),
                                  QString::number(needed), p.def->title, p.range.toString(),
                                  QString::number(p.range.count())),
                         tr("Widen the range to at least %1 ports (e.g. %2-%3), or spread the load over more hosts.")
                             .arg(QString::number(needed), QString::number(p.range.from),
                                  QString::number(qMin<qint64>(PortRange::Max, p.range.from + needed - 1)))});
        }
    }
}

void HostChecks::tlsPortWithoutLoadBalancer(const ReviewContext &ctx, Findings *out)
{
    for (const ReviewedComponent &nc : ctx.components()) {
        for (const ResolvedPort &p : nc.ports) {
            const int preferred = p.def->preferredPortWithoutLoadBalancer;
            if (preferred <= 0 || p.range.contains(preferred))
                continue;
            bool fronted = false;
            for (const LoadBalancer *lb : ctx.loadBalancersTargeting(nc.node->id))
                for (const Listener &l : lb->listeners)
                    fronted = fronted || (l.targetNode == nc.node->id && l.targetComponent == nc.instance.reference()
                                          && l.targetPort == p.def->id);
            if (fronted)
                continue;
            const QString setting = p.def->spec.setting;
            out->append({Severity::Warning, u"tls.port-without-load-balancer"_s, nc.node->id,
                         tr("%1 serves %2 on port %3 with no load balancer in front; clients behind strict firewalls "
                            "reach only port %4.")
                             .arg(ctx.label(nc.node->id), p.def->title, p.range.toString(), QString::number(preferred)),
                         setting.isEmpty() ? tr("Put a load balancer in front of it, or serve it on port %1.").arg(preferred)
                                           : tr("Set %1 to %2, or put a load balancer in front of it.")
                                                 .arg(setting, QString::number(preferred))});
        }
    }
}

} // namespace portolan
