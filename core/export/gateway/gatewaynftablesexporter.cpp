#include "gatewaynftablesexporter.h"

#include "export/escape.h"
#include "export/rulesyntax.h"
#include "gatewaytarget.h"

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

QString ipKeyword(IpFamily family)
{
    return family == IpFamily::IPv4 ? u"ip"_s : u"ip6"_s;
}

// "10.0.0.1:80", "[2001:db8::1]:80", or the address alone.
QString target(const QHostAddress &address, IpFamily family, const PortRange *port)
{
    const QString a = GatewayTarget::addressText(address);
    if (!port)
        return a;
    return (family == IpFamily::IPv6 ? u'[' + a + u']' : a) + u':' + QString::number(port->from);
}

QStringList sessionTimeout(int seconds)
{
    QStringList out;
    for (IpFamily family : {IpFamily::IPv4, IpFamily::IPv6}) {
        const bool v4 = family == IpFamily::IPv4;
        out << (v4 ? u"\tct timeout tcp-session-v4 {"_s : u"\tct timeout tcp-session-v6 {"_s)
            << u"\t\tprotocol tcp"_s << (v4 ? u"\t\tl3proto ip"_s : u"\t\tl3proto ip6"_s)
            << u"\t\tpolicy = { established: "_s + QString::number(seconds) + u" }"_s << u"\t}"_s;
    }
    out << u"\tchain session-timeout {"_s
        << u"\t\ttype filter hook prerouting priority filter; policy accept;"_s
        << u"\t\tmeta nfproto ipv4 meta l4proto tcp ct state new ct timeout set \"tcp-session-v4\""_s
        << u"\t\tmeta nfproto ipv6 meta l4proto tcp ct state new ct timeout set \"tcp-session-v6\""_s
        << u"\t}"_s;
    return out;
}

} // namespace

QString GatewayNftablesExporter::title() const
{
    return tr("Gateway nftables (forward and NAT)");
}

QString GatewayNftablesExporter::applyNotes() const
{
    return tr(
        "On each router, as root: save the current ruleset (`nft list ruleset > /root/ruleset-before.nft`), "
        "check the file (`nft -c -f FILE`), then apply it (`nft -f FILE`). Each file replaces only its own "
        "table (`inet portolan-fw-<id>` or `inet portolan-nat-<id>`); a router that is both the firewall "
        "and the NAT loads both files, in either order. IP forwarding must be on "
        "(`sysctl -w net.ipv4.ip_forward=1`, `net.ipv6.conf.all.forwarding=1`). Roll back with "
        "`nft delete table inet portolan-fw-<id>` (or `nft flush ruleset && nft -f "
        "/root/ruleset-before.nft`).");
}

ExportResult GatewayNftablesExporter::generate(const ExportInput &input) const
{
    ExportResult result;
    for (const GatewayDevice &device : GatewayTarget::devices(input, &result.problems)) {
        const bool fw = device.isFirewall();
        const QString table = (fw ? u"portolan-fw-"_s : u"portolan-nat-"_s) + device.slug;
        const QString fileName = device.slug + u".nft"_s;
        QStringList out{u"#!/usr/sbin/nft -f"_s};
        out += RuleSyntax::hashComments(
            GatewayTarget::header(input, device, title(), RuleSyntax::nftHowToApply(fileName)));
        // Creating then deleting the table makes the file replace it whether
        // or not it exists (Debian 12's nft 1.0.6 has no `destroy`).
        out << QString() << u"table inet "_s + table << u"delete table inet "_s + table << QString()
            << u"table inet "_s + table + u" {"_s;
        if (device.sessionTimeout > 0)
            out << sessionTimeout(device.sessionTimeout);

        if (fw) {
            out << u"\tchain forward {"_s << u"\t\ttype filter hook forward priority filter; policy drop;"_s
                << u"\t\tct state established,related accept"_s << u"\t\tct state invalid drop"_s;
            for (IpFamily family : {IpFamily::IPv4, IpFamily::IPv6}) {
                const QString ip = ipKeyword(family);
                for (const GatewayRule &gr : device.select(family)) {
                    const Rule &r = *gr.rule;
                    QStringList match;
                    if (!gr.sources.isEmpty())
                        match << ip + u" saddr "_s + RuleSyntax::addresses(gr.sources);
                    if (!gr.destinations.isEmpty())
                        match << ip + u" daddr "_s + RuleSyntax::addresses(gr.destinations);
                    if (match.isEmpty())
                        match << (family == IpFamily::IPv4 ? u"meta nfproto ipv4"_s : u"meta nfproto ipv6"_s);
                    if (r.protocol != Protocol::Any)
                        match << protocolName(r.protocol) + u" dport "_s + RuleSyntax::ports(r.ports, u'-');
                    if (Escape::comment(r.comment, 100000).size() > CommentCap)
                        result.problems.append(
                            {ExportProblem::Severity::Warning, device.ruleSetId,
                             tr("A rule comment was cut to %1 characters.").arg(CommentCap)});
                    out.append(u"\t\t"_s + match.join(u' ') + u" accept"_s +
                               RuleSyntax::nftComment(gr.comment(CommentCap)));
                }
            }
            out << u"\t}"_s;
        } else {
            if (!device.dnats.isEmpty()) {
                out << u"\tchain nat-prerouting {"_s
                    << u"\t\ttype nat hook prerouting priority dstnat; policy accept;"_s;
                for (const GatewayDnat &mapping : device.dnats) {
                    const QString ip = ipKeyword(mapping.family);
                    const QString comment = RuleSyntax::nftComment(
                        Escape::comment(u"static mapping "_s + mapping.outsidePorts.toString() + u" to "_s +
                                            mapping.insidePorts.toString(),
                                        CommentCap));
                    for (const GatewayDnat &step : mapping.steps())
                        out << u"\t\t"_s + ip + u" daddr "_s + GatewayTarget::addressText(step.outside) +
                                   u' ' + protocolName(step.protocol) + u" dport "_s +
                                   step.outsidePorts.toString(u'-') + u" dnat "_s + ip + u" to "_s +
                                   target(step.inside, step.family,
                                          step.samePorts() ? nullptr : &step.insidePorts) +
                                   comment;
                }
                out << u"\t}"_s;
            }
            if (!device.snats.isEmpty()) {
                out << u"\tchain nat-postrouting {"_s
                    << u"\t\ttype nat hook postrouting priority srcnat; policy accept;"_s;
                for (const GatewaySnat &s : device.snats) {
                    const QString ip = ipKeyword(s.family);
                    QString line = u"\t\t"_s + ip + u" saddr "_s + RuleSyntax::addresses(s.sources);
                    if (!s.destinations.isEmpty())
                        line += u' ' + ip + u" daddr "_s + RuleSyntax::addresses(s.destinations);
                    if (!s.exceptTo.isEmpty())
                        line += u' ' + ip + u" daddr != "_s + RuleSyntax::addresses(s.exceptTo);
                    line += s.to.isNull() ? u" masquerade"_s
                                          : u" snat "_s + ip + u" to "_s + GatewayTarget::addressText(s.to);
                    out << line + RuleSyntax::nftComment(u"source NAT"_s);
                }
                out << u"\t}"_s;
            }
        }
        out << u"}"_s;
        result.files.append(
            {u"gateway-nftables/"_s + fileName, (out.join(u'\n') + u'\n').toUtf8(),
             fw ? tr("nftables forward rules (table inet %1) for the boundary firewall %2")
                      .arg(table, device.title)
                : tr("nftables NAT rules (table inet %1) for the NAT layer %2").arg(table, device.title),
             false});
    }
    return result;
}

} // namespace portolan
