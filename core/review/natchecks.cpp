#include "natchecks.h"
#include "natanalysis.h"

#include "catalog/listenvalue.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

QString line(const QString &key, const QString &value)
{
    return key + u" = "_s + value;
}

// "192.168.10.5:9000" or "203.0.113.10:50000-60000"
QString endpointText(const QHostAddress &address, const PortRange &ports)
{
    QString text = formatAddressPort(address, ports.from);
    if (!ports.isSingle())
        text += u'-' + QString::number(ports.to);
    return text;
}

QString mappingText(const NatMapping &m)
{
    return u"%1 %2 → %3"_s.arg(protocolName(m.protocol), endpointText(m.outsideAddress, m.outsidePorts),
                               endpointText(m.insideAddress, m.insidePorts));
}

bool behindNat(const NatAnalysis &a)
{
    return a.natLayer && a.hasListen && a.hasNatRemotes();
}

bool coveredFor(const NatAnalysis &a, Protocol protocol)
{
    for (const NatMapping *m : a.mappingsToNode)
        if (m->protocol == protocol && a.mappingCovers(*m))
            return true;
    return false;
}

} // namespace

void NatChecks::advertiseUnreachable(const ReviewContext &ctx, CheckOutput *out)
{
    for (const NatAnalysis &a : NatAnalyzer::analyze(ctx)) {
        if (!a.hasListen || a.advertisedFrom == NatAnalysis::Advertised::Unknown ||
            a.advertisedAddress.isNull())
            continue;
        // STUN discovery finds each host's own outside address; the mapping
        // checks judge whether that address forwards the port.
        if (a.advertisedFrom == NatAnalysis::Advertised::ExternalIp)
            continue;
        const QString product = a.instance->catalog().productName;
        const int listenPort = a.listen.range.from;
        QString problem;
        QList<NatRemoteGroup> affected; // only their zones are reported
        if (behindNat(a)) {
            const NatMapping *m = a.chosenMapping;
            bool wrong;
            if (m && a.mappingCovers(*m))
                wrong = a.advertisedAddress != m->outsideAddress ||
                        (a.nat->portInAdvertise && a.advertisedPort != a.outsidePortFor(*m));
            else // no usable mapping: only an inside address is certainly wrong
                wrong = a.node->addresses.contains(a.advertisedAddress) || a.advertisedAddress.isLoopback() ||
                        !isSpecificAddress(a.advertisedAddress);
            if (wrong) {
                affected = a.natRemotes();
                problem = tr("they reach it only through NAT %1").arg(ctx.label(a.natLayer->id));
            }
        }
        const bool autodetectOwnsIt =
            a.advertisedFrom == NatAnalysis::Advertised::AutoDetect && a.multiHomed();
        if (affected.isEmpty() && !autodetectOwnsIt && a.hasDirectRemotes()) {
            const ElementId zone = ctx.topology().zoneOfAddress(a.advertisedAddress, a.node->zone);
            // The address is right or wrong for every remote alike; only
            // reachability depends on the remote, and only on its zone.
            const bool own = a.node->isGroup() || a.node->addresses.isEmpty() ||
                             a.node->addresses.contains(a.advertisedAddress);
            const bool portOk = !a.nat->portInAdvertise || a.advertisedPort == listenPort;
            const bool wrongAddress = !own || !portOk || a.advertisedAddress.isLoopback() ||
                                      !isSpecificAddress(a.advertisedAddress);
            // Counted first: the zones are walked only when some are named
            // (a cluster over many zones has them all as every member's).
            if (wrongAddress ||
                a.remoteGroups.directConnectedTo(ctx.topology(), zone) < a.remoteGroups.directCount())
                for (const NatRemoteGroup &g : a.remoteGroups)
                    if (!g.nat && (wrongAddress || !ctx.topology().connected(g.zone, zone)))
                        affected.append(g);
            if (!affected.isEmpty())
                problem =
                    tr("that is not an address and port of the node they can reach (it listens on port %1)")
                        .arg(listenPort);
        }
        if (affected.isEmpty())
            continue;
        const QString proposed = a.proposedAdvertiseValue();
        out->raise(a.node->id,
                   tr("%1 advertises %2 for %3 %4 to parties in %5, but %6.")
                       .arg(ctx.label(a.node->id), a.advertisedValue(), product, a.port->title,
                            a.remoteZones(affected), problem),
                   proposed.isEmpty()
                       ? tr("Advertise an address the parties in %1 can reach.").arg(a.remoteZones(affected))
                       : tr("Set %1.").arg(line(a.nat->advertiseSetting, proposed)));
    }
}

void NatChecks::mappingMissing(const ReviewContext &ctx, CheckOutput *out)
{
    for (const NatAnalysis &a : NatAnalyzer::analyze(ctx)) {
        if (!behindNat(a))
            continue;
        // Every host of the node needs its own mapping; a node without
        // addresses can only be judged as a whole.
        QStringList unmapped;
        for (const QHostAddress &host : a.node->addresses) {
            bool mapped = false;
            for (const NatMapping *m : a.mappingsToNode)
                mapped = mapped || m->insideAddress == host;
            if (!mapped)
                unmapped.append(host.toString());
        }
        if (!a.mappingsToNode.isEmpty() && (unmapped.isEmpty() || !a.node->isGroup()))
            continue;
        const QString outside = a.natLayer->outsideAddresses.isEmpty()
                                    ? tr("the NAT's outside address")
                                    : a.natLayer->outsideAddresses.first().toString();
        const QString who = a.node->isGroup() && !a.mappingsToNode.isEmpty()
                                ? tr("%1 (hosts %2)").arg(ctx.label(a.node->id), unmapped.join(u", "_s))
                                : ctx.label(a.node->id);
        out->raise(
            a.node->id,
            tr("Parties in %1 reach the %2 port of %3 only through NAT %4, which has no mapping to it.")
                .arg(a.remoteZones(a.natRemotes()), a.port->title, who, ctx.label(a.natLayer->id)),
            tr("Add a mapping to NAT %1 from %2 to %3 for %4, and advertise the outside address.")
                .arg(a.natLayer->id, QString(outside + u':' + a.listen.range.toString()),
                     endpointText(a.proposedListenAddress, a.listen.range),
                     protocolsName(a.port->protocols)));
    }
}

void NatChecks::mappingPortMismatch(const ReviewContext &ctx, CheckOutput *out)
{
    for (const NatAnalysis &a : NatAnalyzer::analyze(ctx)) {
        if (!behindNat(a) || a.mappingsToNode.isEmpty())
            continue;
        bool anyCovers = false;
        for (const NatMapping *m : a.mappingsToNode)
            anyCovers = anyCovers || a.mappingCovers(*m);
        if (anyCovers)
            continue;
        const NatMapping &m = *a.chosenMapping;
        const QString listenValue = a.proposedListenValue();
        out->raise(a.node->id,
                   tr("NAT %1 forwards %2, but %3 listens for %4 on port %5.")
                       .arg(ctx.label(a.natLayer->id), mappingText(m), ctx.label(a.node->id), a.port->title,
                            a.listen.range.toString()),
                   listenValue.isEmpty()
                       ? tr("Change the mapping to forward to port %1.").arg(a.listen.range.toString())
                       : tr("Set %1, or change the mapping to forward to port %2.")
                             .arg(line(a.nat->listenSetting, listenValue), a.listen.range.toString()));
    }
}

void NatChecks::mappingProtocolMissing(const ReviewContext &ctx, CheckOutput *out)
{
    for (const NatAnalysis &a : NatAnalyzer::analyze(ctx)) {
        if (!behindNat(a))
            continue;
        QList<Protocol> covered, missing;
        for (Protocol p : a.port->protocols)
            (coveredFor(a, p) ? covered : missing).append(p);
        if (covered.isEmpty() || missing.isEmpty())
            continue;
        const NatMapping *m = a.chosenMapping;
        out->raise(a.node->id,
                   tr("NAT %1 forwards %2 of %3's %4 port but not %5; the port needs %6.")
                       .arg(ctx.label(a.natLayer->id), protocolsName(covered), ctx.label(a.node->id),
                            a.port->title, protocolsName(missing), protocolsName(a.port->protocols)),
                   tr("Add a %1 mapping to NAT %2 from %3 to %4.")
                       .arg(protocolsName(missing), a.natLayer->id,
                            formatAddressPort(m->outsideAddress, a.outsidePortFor(*m)),
                            formatAddressPort(m->insideAddress, a.listen.range.from)));
    }
}

void NatChecks::listenAddressMissing(const ReviewContext &ctx, CheckOutput *out)
{
    for (const NatAnalysis &a : NatAnalyzer::analyze(ctx)) {
        const QHostAddress bind = a.listen.bindAddress;
        if (!a.hasListen || !isSpecificAddress(bind) || a.node->isGroup())
            continue;
        const bool loopback = bind.isLoopback();
        if (!loopback && (a.node->addresses.isEmpty() || a.node->addresses.contains(bind)))
            continue;
        QStringList own;
        for (const QHostAddress &addr : a.node->addresses)
            own.append(addr.toString());
        out->raise(a.node->id,
                   loopback
                       ? tr("%1 listens for %2 on the loopback address %3, which no other host can reach.")
                             .arg(ctx.label(a.node->id), a.port->title, bind.toString())
                       : tr("%1 listens for %2 on %3, an address the node does not have (it has %4).")
                             .arg(ctx.label(a.node->id), a.port->title, bind.toString(), own.join(u", "_s)),
                   tr("Set %1.").arg(line(a.nat->listenSetting, a.proposedListenValue())));
    }
}

void NatChecks::autodetectWrongAddress(const ReviewContext &ctx, CheckOutput *out)
{
    for (const NatAnalysis &a : NatAnalyzer::analyze(ctx)) {
        if (a.advertisedFrom != NatAnalysis::Advertised::AutoDetect || !a.multiHomed() ||
            !a.hasDirectRemotes())
            continue;
        const QList<QHostAddress> reachable = a.reachableAddresses(ctx.topology());
        if (reachable.contains(a.advertisedAddress))
            continue;
        QStringList all;
        for (const QHostAddress &addr : a.node->addresses)
            all.append(addr.toString());
        const QString product = a.instance->catalog().productName;
        out->raise(
            a.node->id,
            tr("%1 has several addresses (%2); %3 advertises the first non-loopback IPv4 address it finds, "
               "likely %4, which parties in %5 cannot reach.")
                .arg(ctx.label(a.node->id), all.join(u", "_s), product, a.advertisedAddress.toString(),
                     a.remoteZones(a.directRemotes())),
            reachable.isEmpty()
                ? tr("Give the node an address its peers can reach, then set %1 to it.")
                      .arg(a.nat->advertiseSetting)
                : tr("Set %1.").arg(line(a.nat->advertiseSetting, a.proposedAdvertiseValue())));
    }
}

void NatChecks::portTranslatedIce(const ReviewContext &ctx, CheckOutput *out)
{
    for (const NatAnalysis &a : NatAnalyzer::analyze(ctx)) {
        if (!a.nat->keepsPort || !behindNat(a))
            continue;
        for (const NatMapping *m : a.mappingsToNode) {
            if (m->outsidePorts == m->insidePorts || !a.mappingCovers(*m))
                continue;
            out->raise(
                a.node->id,
                tr("NAT %1 translates ports (%2) in front of %3's %4; ICE advertises the port it listens "
                   "on, "
                   "so remote parties would send to a port the NAT does not forward.")
                    .arg(ctx.label(a.natLayer->id), mappingText(*m), ctx.label(a.node->id), a.port->title),
                tr("Map outside ports %1 to the same inside ports on NAT %2.")
                    .arg(m->insidePorts.toString(), a.natLayer->id));
        }
    }
}

QList<CheckDef> NatChecks::checks()
{
    return {
        {.code = u"nat.advertise-unreachable"_s, .severity = Severity::Error, .run = &advertiseUnreachable},
        {.code = u"nat.mapping-missing"_s, .severity = Severity::Error, .run = &mappingMissing},
        {.code = u"nat.mapping-port-mismatch"_s, .severity = Severity::Error, .run = &mappingPortMismatch},
        {.code = u"nat.mapping-protocol-missing"_s,
         .severity = Severity::Error,
         .run = &mappingProtocolMissing},
        {.code = u"nat.listen-address-missing"_s, .severity = Severity::Error, .run = &listenAddressMissing},
        {.code = u"nat.autodetect-wrong-address"_s,
         .severity = Severity::Warning,
         .run = &autodetectWrongAddress},
        {.code = u"nat.port-translated-ice"_s, .severity = Severity::Error, .run = &portTranslatedIce},
    };
}

} // namespace portolan
