#include "derivationchecks.h"
#include "exposurechecks.h"
#include "rulelimits.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

// Idle timeout of a load balancer, NAT or firewall; 0 when not stated.
int idleTimeoutOf(const ReviewContext &p, const ElementId &id, QString *kind)
{
    if (const LoadBalancer *lb = p.loadBalancer(id)) {
        *kind = u"load balancer"_s;
        return lb->idleTimeout;
    }
    if (const NatLayer *nat = p.natLayer(id)) {
        *kind = u"NAT"_s;
        return nat->idleTimeout;
    }
    if (const Firewall *fw = p.firewall(id)) {
        *kind = u"firewall"_s;
        return fw->idleTimeout;
    }
    return 0;
}

} // namespace

void DerivationChecks::idleTimeout(const ReviewContext &ctx, CheckOutput *out)
{
    const Project &p = ctx.project();
    QSet<QString> seen;
    auto check = [&](const ElementId &hop, const PortDef &port, const QString &product) {
        QString kind;
        const int timeout = idleTimeoutOf(ctx, hop, &kind);
        if (timeout <= 0 || timeout >= port.sessionTimeout)
            return;
        const QString key = hop + u'|' + product + u'|' + port.id;
        if (seen.contains(key))
            return;
        seen.insert(key);
        out->raise(
            hop,
            tr("%1 drops idle connections after %2 s, but %3 %4 needs idle TCP sessions kept for %5 s.")
                .arg(ctx.label(hop), QString::number(timeout), product, port.title,
                     QString::number(port.sessionTimeout)),
            tr("Raise the idle timeout of %1 to at least %2 s.")
                .arg(hop, QString::number(port.sessionTimeout)));
    };
    for (const Flow &flow : ctx.derivation().flows) {
        const PortDef *port = ExposureChecks::portOf(ctx, flow);
        if (!port || port->sessionTimeout <= 0)
            continue;
        for (const FlowHop &hop : flow.via)
            check(hop.id, *port, flow.product);
    }
    // Load balancer listeners need no derivation to be judged.
    for (const LoadBalancer &lb : p.loadBalancers) {
        for (const Listener &l : lb.listeners) {
            const Catalog *catalog = nullptr;
            const ComponentDef *def = ctx.catalogs().component(l.targetComponent, &catalog);
            const PortDef *port = def ? def->port(l.targetPort) : nullptr;
            if (port && port->sessionTimeout > 0)
                check(lb.id, *port, catalog->productName);
        }
    }
}

void DerivationChecks::ruleLimits(const ReviewContext &ctx, CheckOutput *out)
{
    for (const RuleSet &set : ctx.derivation().ruleSets) {
        const RuleLimit limit = RuleLimit::of(set);
        if (!limit.isLimited())
            continue;
        const QString &target = limit.target;
        auto report = [&](int count, const QString &what) {
            out->raise(
                set.element,
                tr("%1 needs %2 %3 rules; a %4 allows %5.")
                    .arg(set.id, QString::number(count), what, target, QString::number(limit.max)),
                tr("Group sources into fewer, wider CIDRs or prefix lists, split the nodes over several "
                   "groups, or move rules to the host firewall."));
        };
        if (limit.perDirectionAndFamily) {
            for (Direction d : {Direction::Ingress, Direction::Egress}) {
                for (IpFamily f : {IpFamily::IPv4, IpFamily::IPv6}) {
                    const int count = set.count(d, f);
                    if (count > limit.max)
                        report(count, directionName(d) + (f == IpFamily::IPv4 ? u" IPv4"_s : u" IPv6"_s));
                }
            }
        } else {
            int total = 0;
            for (Direction d : {Direction::Ingress, Direction::Egress})
                for (IpFamily f : {IpFamily::IPv4, IpFamily::IPv6})
                    total += set.count(d, f);
            if (total > limit.max)
                report(total, tr("inbound and outbound"));
        }
    }
}

QList<CheckDef> DerivationChecks::checks()
{
    return {
        {.code = u"timeout.shorter-than-session"_s,
         .severity = Severity::Warning,
         .reads = CheckReads::Flows,
         .run = &idleTimeout},
        {.code = u"limits.rules-exceeded"_s,
         .severity = Severity::Error,
         .reads = CheckReads::RuleSets,
         .run = &ruleLimits},
    };
}

} // namespace portolan
