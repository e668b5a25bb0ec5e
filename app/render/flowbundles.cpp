#include "flowbundles.h"

#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

bool touches(const FlowEndpoint &end, const QStringList &ids)
{
    if (ids.contains(end.id))
        return true;
    for (const QString &member : end.members)
        if (ids.contains(member))
            return true;
    return false;
}

QString addressOf(const FlowEndpoint &end)
{
    // A host shows its address; a network, member set or the internet its
    // first CIDR and how many more there are.
    if (end.cidrs.isEmpty())
        return end.id;
    const Cidr &first = end.cidrs.first();
    QString text = first.isHost() ? first.network().toString() : first.toString();
    if (end.cidrs.size() > 1)
        text += FlowBundles::tr(" (+%1)").arg(end.cidrs.size() - 1);
    return text;
}

QString withPorts(const QString &address, const QHostAddress &host, const QString &ports)
{
    if (host.isNull())
        return address + u':' + ports;
    const QString a =
        host.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + host.toString() + u']' : host.toString();
    return a + u':' + ports;
}

} // namespace

bool FlowFilter::accepts(const Flow &flow) const
{
    if (hiddenAudiences.contains(flow.audience) || hiddenProducts.contains(flow.product))
        return false;
    if (onlyElements.isEmpty())
        return true;
    if (touches(flow.source, onlyElements) || touches(flow.destination, onlyElements))
        return true;
    return std::any_of(flow.via.cbegin(), flow.via.cend(),
                       [this](const FlowHop &hop) { return onlyElements.contains(hop.id); });
}

QString FlowBundle::pathKey() const
{
    return source.id + u'>' + destination.id + u'|' + hops.join(u',') + (cannotWork ? u"|!"_s : QString());
}

QStringList FlowBundle::keys() const
{
    QStringList out;
    out.reserve(flows.size());
    for (const Flow &f : flows)
        out.append(f.key());
    return out;
}

QString FlowBundle::label() const
{
    return cannotWork ? u"\u2715 "_s + FlowBundles::portLabel(flows) : FlowBundles::portLabel(flows);
}

QStringList FlowBundle::elementIds() const
{
    QStringList out{source.id, destination.id};
    out += source.members;
    out += destination.members;
    out += hops;
    out.removeDuplicates();
    return out;
}

QList<FlowBundle> FlowBundles::bundle(const FlowList &flows, const FlowFilter &filter)
{
    QList<FlowBundle> out;
    QHash<QString, qsizetype> index;
    for (const Flow &flow : flows) {
        if (!filter.accepts(flow))
            continue;
        QStringList hops;
        for (const FlowHop &hop : flow.via)
            hops.append(hop.id);
        const bool cannotWork = flow.path.status == PathStatus::CannotWork;
        const QString key = flow.source.id + u'>' + flow.destination.id + u'|' + hops.join(u',') +
                            (cannotWork ? u"|!"_s : QString());
        auto it = index.constFind(key);
        if (it == index.cend()) {
            it = index.insert(key, out.size());
            out.append({flow.source, flow.destination, hops, {}, {}, cannotWork});
        }
        FlowBundle &b = out[*it];
        b.flows.append(flow);
        if (!b.audiences.contains(flow.audience)) {
            b.audiences.append(flow.audience);
            std::sort(b.audiences.begin(), b.audiences.end());
        }
    }
    return out;
}

QString FlowBundles::portsOf(const Flow &flow)
{
    if (flow.protocol == Protocol::Any || flow.ports.isAll() || flow.ports.from == 0)
        return tr("all");
    return flow.ports.toString();
}

QString FlowBundles::portLabel(const FlowList &flows)
{
    // Ranges per protocol, merged where they touch; "any" has no ports.
    QMap<Protocol, QList<PortRange>> byProtocol;
    for (const Flow &f : flows)
        byProtocol[f.protocol].append(f.protocol == Protocol::Any ? PortRange{} : f.ports);
    QStringList parts;
    for (auto it = byProtocol.begin(); it != byProtocol.end(); ++it) {
        if (it.key() == Protocol::Any) {
            parts.prepend(tr("any"));
            continue;
        }
        QList<PortRange> ranges = it.value();
        std::sort(ranges.begin(), ranges.end());
        QList<PortRange> merged;
        for (const PortRange &r : std::as_const(ranges)) {
            if (!merged.isEmpty() && r.from <= merged.last().to + 1)
                merged.last().to = std::max(merged.last().to, r.to);
            else
                merged.append(r);
        }
        QStringList ports;
        for (const PortRange &r : std::as_const(merged))
            ports.append(r.toString());
        parts.append(protocolName(it.key()) + u' ' + ports.join(u", "_s));
    }
    // tcp and udp on the same ports read as one: "tcp+udp 7946".
    if (parts.size() == 2 && byProtocol.contains(Protocol::Tcp) && byProtocol.contains(Protocol::Udp)) {
        const QString tcp = parts[0].mid(4);
        if (tcp == parts[1].mid(4))
            return u"tcp+udp "_s + tcp;
    }
    return parts.join(u" · "_s);
}

QString FlowBundles::endpointName(const FlowEndpoint &endpoint)
{
    if (endpoint.isMemberSet())
        return tr("%1 (%n node(s))", nullptr, int(endpoint.members.size())).arg(endpoint.id);
    return endpoint.id;
}

QString FlowBundles::audienceTitle(Audience audience)
{
    switch (audience) {
    case Audience::Clients:
        return tr("Clients");
    case Audience::Admins:
        return tr("Admins");
    case Audience::Peers:
        return tr("Cluster peers");
    case Audience::Local:
        return tr("Local");
    case Audience::Internal:
        return tr("Internal");
    case Audience::Egress:
        return tr("Egress");
    }
    return {};
}

QList<Audience> FlowBundles::drawnAudiences()
{
    // Local ports never become flows (docs/derivation.md).
    return {Audience::Clients, Audience::Admins, Audience::Peers, Audience::Internal, Audience::Egress};
}

QColor FlowBundles::cannotWorkColor(bool dark)
{
    // Pure red, brighter than the admins' brick red, and dashed besides:
    // told apart by shape as well as hue.
    return dark ? QColor(0xff, 0x52, 0x52) : QColor(0xe5, 0x00, 0x00);
}

QColor FlowBundles::audienceColor(Audience audience, bool dark)
{
    // Hues far apart so that a colour-blind reader still tells them by
    // lightness, and apart from the drawing's own connection colours
    // (client use orange, listener green, link purple); the dark variants
    // are lighter to keep contrast.
    switch (audience) {
    case Audience::Clients:
        return dark ? QColor(0x5a, 0xa9, 0xf0) : QColor(0x1f, 0x6f, 0xc5);
    case Audience::Admins:
        return dark ? QColor(0xf0, 0x7a, 0x6a) : QColor(0xc8, 0x3a, 0x2b);
    case Audience::Peers:
        return dark ? QColor(0xf0, 0x62, 0x92) : QColor(0xc2, 0x18, 0x7a);
    case Audience::Internal:
        return dark ? QColor(0x4d, 0xd0, 0xe1) : QColor(0x00, 0x83, 0x8f);
    case Audience::Egress:
        return dark ? QColor(0xb0, 0xbe, 0xc5) : QColor(0x54, 0x6e, 0x7a);
    case Audience::Local:
        return QColor(0x80, 0x80, 0x80);
    }
    return {};
}

QString FlowBundles::explain(const Flow &flow, const QString &portTitle)
{
    QString text = tr("%1 → %2: %3 %4")
                       .arg(endpointName(flow.source), endpointName(flow.destination),
                            protocolName(flow.protocol), portsOf(flow));
    text += u'\n' + tr("Component: %1 (%2)").arg(flow.component, flow.product);
    text += u'\n' +
            tr("Catalog port: %1%2").arg(flow.port, portTitle.isEmpty() ? QString() : u" — "_s + portTitle);
    text += u'\n' + tr("Audience: %1").arg(audienceTitle(flow.audience));
    if (!flow.sourceDocument.isEmpty())
        text += u'\n' + tr("Source document: %1").arg(flow.sourceDocument);
    return text;
}

QString FlowBundles::hopText(const FlowHop &hop)
{
    const QString from =
        withPorts(tr("any"), hop.fromAddress, hop.fromPorts.from ? hop.fromPorts.toString() : u"*"_s);
    const QString to =
        withPorts(tr("any"), hop.toAddress, hop.toPorts.from ? hop.toPorts.toString() : u"*"_s);
    switch (hop.kind) {
    case HopKind::Nat:
        if (hop.sourceNat)
            return tr("source NAT: leaves as %1")
                .arg(hop.toAddress.isNull() ? tr("outside address") : hop.toAddress.toString());
        return tr("NAT %1 → %2").arg(from, to);
    case HopKind::LoadBalancer:
        return tr("LB %1 → %2 (%3)")
            .arg(from, to, hop.tls == TlsMode::Terminate ? tr("TLS terminated") : tr("pass-through"));
    case HopKind::Firewall:
        return tr("firewall: crossed");
    case HopKind::Link:
        return tr("link: crossed");
    }
    return {};
}

QString FlowBundles::sourceText(const Flow &flow)
{
    return addressOf(flow.source);
}

QString FlowBundles::destinationText(const Flow &flow)
{
    return addressOf(flow.destination) + u':' + portsOf(flow);
}

} // namespace portolan
