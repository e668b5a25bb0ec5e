#include "pathchecks.h"

#include "derive/flowpaths.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

QString portText(const Flow &flow)
{
    return flow.protocol == Protocol::Any ? u"any"_s
                                          : protocolName(flow.protocol) % u' ' % flow.ports.toString();
}

// "<source> -> <destination> <proto> <port>: <reason>."
QString flowMessage(const ReviewContext &ctx, const Flow &flow)
{
    return PathChecks::tr("%1 cannot reach %2 on %3 (%4 %5): %6; the path stops at %7.")
        .arg(ctx.label(flow.source.id), ctx.label(flow.destination.id), portText(flow), flow.product,
             flow.port, FlowPaths::reason(flow), ctx.label(flow.path.stop));
}

// Each cannot-work flow with `problem`, once per source, destination and port.
template <typename Fix> void report(const ReviewContext &ctx, PathProblem problem, CheckOutput *out, Fix fix)
{
    QSet<QString> seen;
    for (const Flow &flow : ctx.derivation().flows) {
        if (flow.path.status != PathStatus::CannotWork || flow.path.problem != problem)
            continue;
        const QString key = flow.source.id % u'>' % flow.destination.id % u'|' % portText(flow) % u'|' %
                            flow.path.stop % u'|' % pathFamilyName(flow.path.family);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        out->raise(flow.path.stop, flowMessage(ctx, flow), fix(flow));
    }
}

QString hostText(const Flow &flow)
{
    const CidrList &cidrs = flow.destination.cidrs;
    return cidrs.size() == 1 && cidrs.first().isHost() ? cidrs.first().network().toString() : QString();
}

} // namespace

void PathChecks::privateUnreachable(const ReviewContext &ctx, CheckOutput *out)
{
    report(ctx, PathProblem::PrivateUnreachable, out, [&](const Flow &flow) {
        if (const NatLayer *nat = ctx.natLayer(flow.path.stop))
            return tr("Give NAT %1 a public outside address, or put a load balancer with a public address in "
                      "front "
                      "of %2.")
                .arg(nat->id, flow.destination.id);
        return tr("Put a load balancer with a public address in front of %1, or add a NAT layer between its "
                  "zone and "
                  "the internet with a mapping from a public address:%2 to %1:%2 %3.")
            .arg(flow.destination.id, flow.ports.toString(), protocolName(flow.protocol));
    });
}

void PathChecks::natNoMapping(const ReviewContext &ctx, CheckOutput *out)
{
    report(ctx, PathProblem::NatNoMapping, out, [&](const Flow &flow) {
        const NatLayer *nat = ctx.natLayer(flow.path.stop);
        const QString outside = nat && !nat->outsideAddresses.isEmpty()
                                    ? nat->outsideAddresses.first().toString()
                                    : tr("<outside address>");
        const QString host = hostText(flow);
        if (host.isEmpty())
            return tr("Add a mapping %1:%2 -> <host>:%2 %3 to NAT %4 for each host of %5.")
                .arg(outside, flow.ports.toString(), protocolName(flow.protocol), flow.path.stop,
                     flow.destination.id);
        return tr("Add a mapping %1:%2 -> %3:%2 %4 to NAT %5.")
            .arg(outside, flow.ports.toString(), host, protocolName(flow.protocol), flow.path.stop);
    });
}

void PathChecks::egressNoSourceNat(const ReviewContext &ctx, CheckOutput *out)
{
    report(ctx, PathProblem::EgressNoSourceNat, out, [&](const Flow &flow) {
        if (const NatLayer *nat = ctx.natLayer(flow.path.stop))
            return nat->sourceNat ? tr("Give NAT %1 a public outside address.").arg(nat->id)
                                  : tr("Enable source NAT on %1 (source_nat: true).").arg(nat->id);
        const Zone *zone = ctx.zone(flow.source.zone);
        return tr("Add a NAT layer with source_nat: true between %1 and the internet, or give %2 a public "
                  "address.")
            .arg(zone ? ctx.topology().root(zone->id) : flow.source.zone, flow.source.id);
    });
}

void PathChecks::sitesNotLinked(const ReviewContext &ctx, CheckOutput *out)
{
    report(ctx, PathProblem::SitesNotLinked, out, [&](const Flow &flow) {
        const ElementId to =
            ctx.natLayer(flow.path.stop) ? ctx.natLayer(flow.path.stop)->inside : flow.destination.zone;
        return tr("Add a VPN or peering link between %1 and %2.")
            .arg(ctx.topology().root(flow.source.zone), ctx.topology().root(to));
    });
}

QList<CheckDef> PathChecks::checks()
{
    return {
        {.code = u"path.private-unreachable"_s,
         .severity = Severity::Error,
         .reads = CheckReads::Flows,
         .run = &privateUnreachable},
        {.code = u"path.nat-no-mapping"_s,
         .severity = Severity::Error,
         .reads = CheckReads::Flows,
         .run = &natNoMapping},
        {.code = u"path.egress-no-source-nat"_s,
         .severity = Severity::Error,
         .reads = CheckReads::Flows,
         .run = &egressNoSourceNat},
        {.code = u"path.sites-not-linked"_s,
         .severity = Severity::Error,
         .reads = CheckReads::Flows,
         .run = &sitesNotLinked},
    };
}

} // namespace portolan
