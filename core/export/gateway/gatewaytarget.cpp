#include "gatewaytarget.h"

#include "export/escape.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

bool inFamily(const Cidr &cidr, IpFamily family)
{
    return family == IpFamily::IPv4 ? cidr.isIPv4() : cidr.isIPv6();
}

// The family's CIDRs, sorted and unique; empty when one of them is "any".
CidrList familyCidrs(const CidrList &cidrs, IpFamily family, bool *hadAny = nullptr)
{
    CidrList out;
    bool any = false;
    for (const Cidr &c : cidrs)
        if (inFamily(c, family)) {
            out.append(c);
            any = any || c.isAny();
        }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    // Drop networks inside another one: lists never overlap (nft anonymous
    // sets refuse overlapping intervals).
    CidrList outer;
    for (const Cidr &c : std::as_const(out))
        if (std::none_of(out.cbegin(), out.cend(), [&](const Cidr &o) { return !(o == c) && o.contains(c); }))
            outer.append(c);
    out = outer;
    if (hadAny)
        *hadAny = any;
    return any ? CidrList{} : out;
}

QString zoneTitle(const Project &project, const ElementId &id)
{
    const Zone *z = project.zone(id);
    return z && !z->name.isEmpty() ? z->name : id;
}

QString titleOf(const QString &name, const QString &id)
{
    const QString n = name.isEmpty() ? id : name;
    return Escape::comment(n == id ? n : n + u" ("_s + id + u')', 120);
}

} // namespace

QString GatewayRule::comment(int cap) const
{
    return Escape::comment(rule->comment, cap);
}

QList<GatewayDnat> GatewayDnat::steps() const
{
    if (samePorts() || insidePorts.isSingle())
        return {*this};
    QList<GatewayDnat> out;
    for (int i = 0; i < outsidePorts.count(); ++i) {
        GatewayDnat d = *this;
        d.outsidePorts = PortRange::single(outsidePorts.from + i);
        d.insidePorts = PortRange::single(insidePorts.from + i);
        out.append(d);
    }
    return out;
}

QList<GatewayRule> GatewayDevice::select(IpFamily family) const
{
    QList<GatewayRule> out;
    for (const GatewayRule &r : rules)
        if (r.rule->family == family)
            out.append(r);
    return out;
}

QList<GatewayDnat> GatewayDevice::dnatsOf(IpFamily family) const
{
    QList<GatewayDnat> out;
    for (const GatewayDnat &d : dnats)
        if (d.family == family)
            out.append(d);
    return out;
}

QList<GatewaySnat> GatewayDevice::snatsOf(IpFamily family) const
{
    QList<GatewaySnat> out;
    for (const GatewaySnat &s : snats)
        if (s.family == family)
            out.append(s);
    return out;
}

QString GatewayTarget::addressText(const QHostAddress &address)
{
    return address.toString();
}

QList<GatewayDevice> GatewayTarget::devices(const ExportInput &input, QList<ExportProblem> *problems)
{
    const Project &project = input.project;
    QList<GatewayDevice> devices;
    auto warn = [&](const QString &subject, const QString &message) {
        problems->append({ExportProblem::Severity::Warning, subject, message});
    };

    QList<const Firewall *> firewalls;
    for (const Firewall &fw : project.firewalls)
        firewalls.append(&fw);
    std::stable_sort(firewalls.begin(), firewalls.end(), [](auto *a, auto *b) { return a->id < b->id; });
    for (const Firewall *fw : std::as_const(firewalls)) {
        GatewayDevice d;
        d.kind = GatewayDevice::Kind::Firewall;
        d.id = fw->id;
        d.title = titleOf(fw->name, fw->id);
        d.ruleSetId = u"fw:"_s + fw->id;
        d.sessionTimeout = fw->idleTimeout;
        QStringList inside;
        for (const ElementId &z : fw->inside)
            inside.append(zoneTitle(project, z));
        d.between = Escape::comment(inside.join(u", "_s) + u" / "_s + zoneTitle(project, fw->outside), 200);
        const RuleSet *rs = input.derivation.ruleSet(d.ruleSetId);
        if (!rs)
            warn(d.ruleSetId, tr("The plan has no rule set for this firewall; its file drops every forwarded "
                                 "connection."));
        static const QList<Rule> none;
        // A reference, not a copy: the device's rules point into the plan.
        const QList<Rule> &rules = rs ? rs->rules : none;
        for (const Rule &r : rules) {
            if (r.protocol != Protocol::Any &&
                (r.ports.isEmpty() || std::any_of(r.ports.cbegin(), r.ports.cend(),
                                                  [](const PortRange &p) { return !p.isValid(); }))) {
                warn(rs->id, tr("A %1 rule without valid ports was left out.").arg(protocolName(r.protocol)));
                continue;
            }
            if (!r.peerGroup.isEmpty()) {
                warn(rs->id,
                     tr("A rule names the group '%1', which a boundary firewall cannot use; the rule was "
                        "left out.")
                         .arg(Escape::comment(r.peerGroup, 80)));
                continue;
            }
            bool peerAny = r.peers.isEmpty();
            bool localAny = r.localAddresses.isEmpty();
            bool any = false;
            const CidrList peers = familyCidrs(r.peers, r.family, &any);
            peerAny = peerAny || any;
            const CidrList locals = familyCidrs(r.localAddresses, r.family, &any);
            localAny = localAny || any;
            if ((!peerAny && peers.isEmpty()) || (!localAny && locals.isEmpty())) {
                warn(rs->id, tr("A rule has no %1 addresses; it was left out.").arg(familyName(r.family)));
                continue;
            }
            GatewayRule gr;
            gr.rule = &r;
            const bool in = r.direction == Direction::Ingress;
            gr.sources = in ? peers : locals;
            gr.destinations = in ? locals : peers;
            d.rules.append(gr);
        }
        devices.append(d);
    }

    QList<const NatLayer *> nats;
    for (const NatLayer &nat : project.natLayers)
        nats.append(&nat);
    std::stable_sort(nats.begin(), nats.end(), [](auto *a, auto *b) { return a->id < b->id; });
    for (const NatLayer *nat : std::as_const(nats)) {
        GatewayDevice d;
        d.kind = GatewayDevice::Kind::Nat;
        d.id = nat->id;
        d.title = titleOf(nat->name, nat->id);
        d.sessionTimeout = nat->idleTimeout;
        d.between = Escape::comment(
            zoneTitle(project, nat->inside) + u" / "_s + zoneTitle(project, nat->outside), 200);
        const QString subject = u"nat:"_s + nat->id;
        for (const NatMapping &m : nat->mappings) {
            GatewayDnat dn{familyOf(m.outsideAddress),
                           m.protocol,
                           m.outsideAddress,
                           m.outsidePorts,
                           m.insideAddress,
                           m.insidePorts};
            if (m.protocol == Protocol::Any || m.outsideAddress.isNull() || m.insideAddress.isNull() ||
                !m.outsidePorts.isValid() || !m.insidePorts.isValid()) {
                warn(subject, tr("A mapping without a protocol, addresses or valid ports was left out."));
                continue;
            }
            if (familyOf(m.insideAddress) != dn.family) {
                warn(subject,
                     tr("The mapping %1 to %2 changes the IP family, which these targets cannot do; it "
                        "was left out.")
                         .arg(addressText(m.outsideAddress), addressText(m.insideAddress)));
                continue;
            }
            if (m.outsidePorts.count() != m.insidePorts.count() && !m.insidePorts.isSingle()) {
                warn(subject,
                     tr("The mapping of ports %1 to %2 has ranges of different sizes; it was left out.")
                         .arg(m.outsidePorts.toString(), m.insidePorts.toString()));
                continue;
            }
            if (!dn.samePorts() && !m.insidePorts.isSingle() && m.insidePorts.count() > MaxRemappedPorts) {
                warn(subject,
                     tr("The mapping of ports %1 to %2 moves %3 ports one by one, more than %4; it was "
                        "left out. Keep the port numbers (same range outside and inside) instead.")
                         .arg(m.outsidePorts.toString(), m.insidePorts.toString())
                         .arg(m.insidePorts.count())
                         .arg(MaxRemappedPorts));
                continue;
            }
            d.dnats.append(dn);
        }
        if (nat->sourceNat) {
            const CidrList inside = project.effectiveCidrs(nat->inside);
            const CidrList outside = project.effectiveCidrs(nat->outside);
            for (IpFamily family : {IpFamily::IPv4, IpFamily::IPv6}) {
                GatewaySnat s;
                s.family = family;
                bool anySource = false;
                s.sources = familyCidrs(inside, family, &anySource);
                if (s.sources.isEmpty() && !anySource)
                    continue;
                bool anyOutside = false;
                s.destinations = familyCidrs(outside, family, &anyOutside);
                if (s.destinations.isEmpty() && !anyOutside)
                    continue; // the outside zone has no address of this family
                if (anyOutside)
                    s.exceptTo = s.sources; // traffic that stays inside keeps its address
                for (const QHostAddress &a : nat->outsideAddresses)
                    if (familyOf(a) == family) {
                        s.to = a;
                        break;
                    }
                // IPv6 is routed, not translated, unless the layer names an
                // IPv6 outside address.
                if (s.to.isNull() && family == IpFamily::IPv6)
                    continue;
                d.snats.append(s);
            }
        }
        if (d.dnats.isEmpty() && d.snats.isEmpty())
            warn(subject,
                 tr("The NAT layer has neither mappings nor source NAT; its file translates nothing."));
        devices.append(d);
    }

    QStringList names;
    for (const GatewayDevice &d : std::as_const(devices))
        names.append(d.id);
    const QStringList slugs = Escape::uniqueSlugs(names, Escape::SlugOptions{40});
    for (qsizetype i = 0; i < devices.size(); ++i)
        devices[i].slug = slugs[i];
    return devices;
}

QStringList GatewayTarget::header(const ExportInput &input, const GatewayDevice &device,
                                  const QString &target, const QStringList &howToApply)
{
    const bool fw = device.isFirewall();
    QStringList lines{
        (fw ? u"Portolan boundary firewall rules, "_s : u"Portolan NAT rules, "_s) + target,
        u"Project: "_s + Escape::comment(input.project.name, 120),
        (fw ? u"Firewall: "_s : u"NAT layer: "_s) + device.title,
        u"Between (inside / outside): "_s + device.between,
        u"Generated from the deployment plan: regenerate with portolan-cli export, do not edit by hand."_s,
    };
    if (fw)
        lines << u"Forwarded traffic: default drop. Accepted: established and related traffic and the rules"_s
              << u"below (destination addresses as seen after destination NAT). The device's own traffic"_s
              << u"is left alone."_s;
    else
        lines << u"Translation only: static mappings (destination NAT) and source NAT. Filtering is the"_s
              << u"boundary firewall's file; a device that is both loads both files."_s;
    if (device.sessionTimeout > 0)
        lines << u"TCP session timeout (established, idle): "_s + QString::number(device.sessionTimeout) +
                     u" s"_s;
    lines << howToApply;
    return lines;
}

} // namespace portolan
