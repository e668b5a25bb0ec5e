#include "hostchecks.h"

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

// Ports the node listens on (egress entries are where it connects to).
bool listens(const ResolvedPort &p)
{
    return p.def->audience != Audience::Egress && p.def->spec.kind != PortSpec::Kind::All;
}

bool isWildcard(const QHostAddress &x)
{
    return x.isNull() || x == QHostAddress(QHostAddress::AnyIPv4) ||
           x == QHostAddress(QHostAddress::AnyIPv6) || x == QHostAddress(QHostAddress::Any);
}

// One listening port on a node, for one protocol. Claims of the same
// component and catalog port share a claimant (a setting listing one port
// twice is the product's business, not a conflict).
struct Claim
{
    int claimant = -1;
    const ReviewedComponent *component = nullptr;
    const ResolvedPort *port = nullptr;
    bool specific = false; // bound to one address rather than all
};

struct Claimant
{
    const ReviewedComponent *component = nullptr;
    const ResolvedPort *port = nullptr;
};

// A catalog may list one listener twice for two audiences (PostgreSQL's
// port for clients and for standbys replicating, Kafka's 9092 for clients
// and between brokers): the same number from the same origin, once per
// audience, is one claim. The same port twice for the same audience stays
// a conflict, as do two settings that a node sets to one number.
// Everything that makes two catalog ports one listener, audience aside: the
// component on this node, the resolved range, the protocols and where the
// number comes from.
QString listenerIdentity(const ReviewedComponent &component, const ResolvedPort &port)
{
    const PortDef &def = *port.def;
    const PortSpec &spec = def.spec;
    QString protocols;
    for (Protocol protocol : def.protocols)
        protocols += protocolName(protocol) + u',';
    return QString::number(quintptr(&component)) % u'\x1f' % port.range.toString() % u'\x1f' % protocols %
           u'\x1f' % QString::number(int(spec.kind)) % u'\x1f' % spec.fixed.toString() % u'\x1f' %
           spec.setting % u'\x1f' % spec.select % u'\x1f' % QString::number(spec.offset) % u'\x1f' %
           spec.fromSetting % u'\x1f' % spec.toSetting;
}

// Where two or more claimants hold the same ports at once: a sweep over the
// sorted range ends, O(n log n) in the node's ports; each stretch of ports
// with the same claimants is one conflict, however many pairs it holds.
struct Stretch
{
    PortRange range;
    QList<int> claimants; // the first few, in claimant order
    int count = 0;        // all of them
};

constexpr int NamedClaimants = 4;

QList<Stretch> contested(const QList<Claim> &claims, bool needSpecific)
{
    struct Event
    {
        qint64 at;
        int delta;
        int claim;
    };
    QList<Event> events;
    events.reserve(claims.size() * 2);
    for (int i = 0; i < claims.size(); ++i) {
        events.append({claims[i].port->range.from, +1, i});
        events.append({qint64(claims[i].port->range.to) + 1, -1, i});
    }
    std::sort(events.begin(), events.end(), [](const Event &a, const Event &b) { return a.at < b.at; });
    std::map<int, int> active; // claimant -> how many of its claims are open
    int specificOpen = 0;
    quint64 signature = 0; // XOR of the open claimants' hashes: equal sets, equal signatures
    QList<Stretch> out;
    quint64 lastSignature = 0;
    for (qsizetype e = 0; e < events.size();) {
        const qint64 at = events[e].at;
        for (; e < events.size() && events[e].at == at; ++e) {
            const Claim &claim = claims[events[e].claim];
            specificOpen += claim.specific ? events[e].delta : 0;
            int &open = active[claim.claimant];
            const quint64 mark = quint64(qHash(claim.claimant, 0x5eed)) | 1;
            if (open == 0)
                signature ^= mark;
            open += events[e].delta;
            if (open == 0) {
                signature ^= mark;
                active.erase(claim.claimant);
            }
        }
        if (e == events.size() || active.size() < 2 || (needSpecific && specificOpen == 0))
            continue;
        const PortRange range{int(at), int(events[e].at - 1)};
        if (!out.isEmpty() && lastSignature == signature && out.last().count == int(active.size()) &&
            out.last().range.to + 1 == range.from) {
            out.last().range.to = range.to; // the same claimants on adjacent ports
            continue;
        }
        Stretch stretch{range, {}, int(active.size())};
        for (auto it = active.cbegin(); it != active.cend() && stretch.claimants.size() < NamedClaimants;
             ++it)
            stretch.claimants.append(it->first);
        out.append(stretch);
        lastSignature = signature;
    }
    return out;
}

} // namespace

void HostChecks::portConflict(const ReviewContext &ctx, CheckOutput *out)
{
    for (const Node &node : ctx.project().nodes) {
        QList<Claimant> claimants;
        QHash<std::pair<QString, const PortDef *>, int> claimantOf;
        QHash<QString, QList<std::pair<Audience, int>>>
            byListener; // listenerIdentity -> first claimant per audience
        QHash<Protocol, QList<Claim>> byProtocol;
        QList<QHostAddress> addresses; // the specific bind addresses, each once, in order
        QSet<QHostAddress> seen;
        const QList<ReviewedComponent> components =
            ctx.componentsOf(node); // a copy: keep it while pointing in
        for (const ReviewedComponent &nc : components) {
            const QString reference = nc.instance.reference();
            for (const ResolvedPort &p : nc.ports) {
                if (!listens(p))
                    continue;
                const auto key = std::make_pair(reference, p.def);
                auto id = claimantOf.constFind(key);
                if (id == claimantOf.cend()) {
                    // By the listener's identity, not by comparing with every
                    // claimant: a node may hold 10,000 ports (issue 20).
                    QList<std::pair<Audience, int>> &audiences = byListener[listenerIdentity(nc, p)];
                    int shared = -1;
                    for (const auto &[audience, claimant] : std::as_const(audiences))
                        if (audience != p.def->audience && (shared < 0 || claimant < shared))
                            shared = claimant;
                    if (shared >= 0) {
                        id = claimantOf.insert(key, shared);
                    } else {
                        id = claimantOf.insert(key, int(claimants.size()));
                        const bool known =
                            std::any_of(audiences.cbegin(), audiences.cend(),
                                        [&](const auto &a) { return a.first == p.def->audience; });
                        if (!known) // the first claimant of each audience stands for it
                            audiences.append({p.def->audience, int(claimants.size())});
                        claimants.append({&nc, &p});
                    }
                }
                const bool specific = !isWildcard(p.bindAddress);
                if (specific && !seen.contains(p.bindAddress)) {
                    seen.insert(p.bindAddress);
                    addresses.append(p.bindAddress);
                }
                for (Protocol protocol : p.protocols)
                    byProtocol[protocol].append({*id, &nc, &p, specific});
            }
        }
        auto describe = [&](int c) {
            const Claimant &claimant = claimants[c];
            return tr("%1 %2 (%3)")
                .arg(claimant.component->instance.reference(), claimant.port->def->title,
                     claimant.port->range.toString());
        };
        for (Protocol protocol : {Protocol::Tcp, Protocol::Udp, Protocol::Any}) {
            const QList<Claim> all = byProtocol.value(protocol);
            if (all.size() < 2)
                continue;
            // Wildcard binds clash with everything; two specific binds only
            // when they are the same address. One sweep for the wildcard
            // claims, one per specific address with the wildcard ones added
            // (reporting only stretches that hold the address's own claims).
            QList<Claim> wildcard;
            QHash<QHostAddress, QList<Claim>> byAddress;
            for (const Claim &claim : all)
                (claim.specific ? byAddress[claim.port->bindAddress] : wildcard).append(claim);
            QList<QPair<QList<Claim>, bool>> sweeps{{wildcard, false}};
            for (const QHostAddress &address : std::as_const(addresses))
                if (const auto own = byAddress.constFind(address); own != byAddress.cend())
                    sweeps.append({wildcard + *own, true});
            for (const auto &[claims, needSpecific] : std::as_const(sweeps)) {
                for (const Stretch &s : contested(claims, needSpecific)) {
                    const QString where = s.range.isSingle() ? tr("port %1").arg(s.range.from)
                                                             : tr("ports %1").arg(s.range.toString());
                    if (s.count == 2) {
                        out->raise(node.id,
                                   tr("%1 and %2 both claim %3 %4 on %5.")
                                       .arg(describe(s.claimants[0]), describe(s.claimants[1]),
                                            protocolName(protocol), where, ctx.label(node.id)),
                                   tr("Move one of them to a free port in its settings."));
                        continue;
                    }
                    QStringList named;
                    for (int c : s.claimants)
                        named.append(describe(c));
                    QString list = named.join(u", "_s);
                    if (s.count > named.size())
                        list = tr("%1 and %2 more").arg(list).arg(s.count - named.size());
                    out->raise(
                        node.id,
                        tr("%1 ports claim %2 %3 on %4: %5.")
                            .arg(QString::number(s.count), protocolName(protocol), where, ctx.label(node.id),
                                 list),
                        tr("Leave one of them there and move the others to free ports in their settings."));
                }
            }
        }
    }
}

void HostChecks::privilegedPort(const ReviewContext &ctx, CheckOutput *out)
{
    for (const ReviewedComponent &nc : ctx.components()) {
        for (const ResolvedPort &p : nc.ports) {
            // Fixed low ports (SSH 22) belong to system daemons that run as root by design.
            if (!listens(p) || p.def->spec.kind == PortSpec::Kind::Fixed || p.range.from >= 1024)
                continue;
            out->raise(nc.node->id,
                       tr("%1 listens for %2 on port %3, below 1024: the %4 process needs root or the "
                          "CAP_NET_BIND_SERVICE capability.")
                           .arg(ctx.label(nc.node->id), p.def->title, QString::number(p.range.from),
                                nc.instance.catalog().productName),
                       tr("Grant CAP_NET_BIND_SERVICE to the service (e.g. systemd AmbientCapabilities), "
                          "or listen on "
                          "a port from 1024 up and let a load balancer or NAT forward the low port."));
        }
    }
}

void HostChecks::transparentCapability(const ReviewContext &ctx, CheckOutput *out)
{
    for (const ReviewedComponent &nc : ctx.components()) {
        for (const ResolvedPort &p : nc.ports) {
            if (!p.transparent)
                continue;
            bool redirected = false;
            for (const Redirect &r : nc.node->redirects)
                redirected = redirected || r.toPort == p.range.from;
            const QString message =
                tr("%1 listens for %2 on port %3 in transparent mode: the process needs root or "
                   "CAP_NET_ADMIN, "
                   "and the packet filter must redirect the original ports to it.")
                    .arg(ctx.label(nc.node->id), p.def->title, QString::number(p.range.from));
            out->raise(
                nc.node->id,
                redirected
                    ? message
                    : QString(message + u' ' + tr("The node has no redirect to port %1.").arg(p.range.from)),
                redirected ? tr("Grant CAP_NET_ADMIN to the service.")
                           : tr("Grant CAP_NET_ADMIN to the service and add a redirect (match: the original "
                                "ports, to: %1) to the node.")
                                 .arg(p.range.from));
        }
    }
}

void HostChecks::portRangeTooSmall(const ReviewContext &ctx, CheckOutput *out)
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
            out->raise(
                nc.node->id,
                tr("%1 plans %2 participants per host at %3 ports each (%4 ports), but %5 is %6 (%7 ports).")
                    .arg(ctx.label(nc.node->id), QString::number(participants), QString::number(per),
                         QString::number(needed), p.def->title, p.range.toString(),
                         QString::number(p.range.count())),
                tr("Widen the range to at least %1 ports (e.g. %2-%3), or spread the load over more hosts.")
                    .arg(QString::number(needed), QString::number(p.range.from),
                         QString::number(qMin<qint64>(PortRange::Max, p.range.from + needed - 1))));
        }
    }
}

void HostChecks::tlsPortWithoutLoadBalancer(const ReviewContext &ctx, CheckOutput *out)
{
    for (const ReviewedComponent &nc : ctx.components()) {
        for (const ResolvedPort &p : nc.ports) {
            const int preferred = p.def->preferredPortWithoutLoadBalancer;
            if (preferred <= 0 || p.range.contains(preferred))
                continue;
            bool fronted = false;
            for (const LoadBalancer *lb : ctx.loadBalancersTargeting(nc.node->id))
                for (const Listener &l : lb->listeners)
                    fronted = fronted ||
                              (l.targetNode == nc.node->id && l.targetComponent == nc.instance.reference() &&
                               l.targetPort == p.def->id);
            if (fronted)
                continue;
            const QString setting = p.def->spec.setting;
            out->raise(
                nc.node->id,
                tr("%1 serves %2 on port %3 with no load balancer in front; clients behind strict firewalls "
                   "reach only port %4.")
                    .arg(ctx.label(nc.node->id), p.def->title, p.range.toString(),
                         QString::number(preferred)),
                setting.isEmpty()
                    ? tr("Put a load balancer in front of it, or serve it on port %1.").arg(preferred)
                    : tr("Set %1 to %2, or put a load balancer in front of it.")
                          .arg(setting, QString::number(preferred)));
        }
    }
}

QList<CheckDef> HostChecks::checks()
{
    return {
        {.code = u"ports.conflict"_s, .severity = Severity::Error, .run = &portConflict},
        {.code = u"host.privileged-port"_s, .severity = Severity::Warning, .run = &privilegedPort},
        {.code = u"host.transparent-capability"_s,
         .severity = Severity::Warning,
         .run = &transparentCapability},
        {.code = u"capacity.port-range-too-small"_s, .severity = Severity::Error, .run = &portRangeTooSmall},
        {.code = u"tls.port-without-load-balancer"_s,
         .severity = Severity::Warning,
         .run = &tlsPortWithoutLoadBalancer},
    };
}

} // namespace portolan
