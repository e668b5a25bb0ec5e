#include "gatewayiptablesexporter.h"

#include "export/escape.h"
#include "export/host/hosttarget.h"
#include "export/rulesyntax.h"
#include "gatewaytarget.h"

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

QString portMatch(Protocol protocol, const QList<PortRange> &ports)
{
    if (protocol == Protocol::Any)
        return {};
    const QString name = protocolName(protocol);
    QStringList parts;
    for (const PortRange &p : ports)
        parts.append(p.toString(u':'));
    if (ports.size() == 1)
        return u" -p "_s + name + u" -m "_s + name + u" --dport "_s + parts.first();
    return u" -p "_s + name + u" -m multiport --dports "_s + parts.join(u',');
}

QString commentMatch(const QString &comment)
{
    // Escape::comment keeps neither quotes nor backslashes: "..." is safe.
    return comment.isEmpty() ? QString() : u" -m comment --comment \""_s + comment + u'"';
}

QStringList texts(const CidrList &cidrs)
{
    QStringList out;
    for (const Cidr &c : cidrs)
        out.append(c.toString());
    return out.isEmpty() ? QStringList{QString()} : out; // one empty entry = any
}

QString addressFlag(const QString &flag, const QString &cidr)
{
    return cidr.isEmpty() ? QString() : u' ' + flag + u' ' + cidr;
}

} // namespace

QString GatewayIptablesExporter::id() const
{
    return m_family == IpFamily::IPv4 ? u"gateway-iptables"_s : u"gateway-ip6tables"_s;
}

QString GatewayIptablesExporter::title() const
{
    return m_family == IpFamily::IPv4 ? tr("Gateway iptables-restore (IPv4 forward and NAT)")
                                      : tr("Gateway ip6tables-restore (IPv6 forward and NAT)");
}

QString GatewayIptablesExporter::applyNotes() const
{
    const QString t = RuleSyntax::iptablesTool(m_family);
    const QString ext = m_family == IpFamily::IPv4 ? u"v4"_s : u"v6"_s;
    return tr("On each router, as root: save the current rules (`%1-save > /root/rules-before.%2`), check "
              "the "
              "file (`%1-restore --test < FILE`), then apply it (`%1-restore < FILE`). A firewall file "
              "replaces "
              "the `filter` table (INPUT and OUTPUT stay ACCEPT, FORWARD drops what the plan does not list); "
              "a "
              "NAT file replaces the `nat` table; a router that is both applies both. iptables cannot set a "
              "session timeout per rule: where the plan states one, the file's header names the sysctl "
              "(`net.netfilter.nf_conntrack_tcp_timeout_established`) to set by hand. Roll back with "
              "`%1-restore < /root/rules-before.%2`.")
        .arg(t, ext);
}

ExportResult GatewayIptablesExporter::generate(const ExportInput &input) const
{
    ExportResult result;
    const QString t = RuleSyntax::iptablesTool(m_family);
    const bool v6 = m_family == IpFamily::IPv6;
    for (const GatewayDevice &device : GatewayTarget::devices(input, &result.problems)) {
        const bool fw = device.isFirewall();
        const QList<GatewayDnat> dnats = device.dnatsOf(m_family);
        const QList<GatewaySnat> snats = device.snatsOf(m_family);
        if (!fw && dnats.isEmpty() && snats.isEmpty())
            continue; // nothing translated in this family (NAT is IPv4 only unless stated)
        const QString fileName = device.slug + (v6 ? u".rules.v6"_s : u".rules.v4"_s);
        QStringList apply = RuleSyntax::iptablesHowToApply(m_family, fileName);
        if (device.sessionTimeout > 0)
            apply << u"Session timeout, set by hand (iptables has no per-rule timeout):"_s
                  << u"sysctl -w net.netfilter.nf_conntrack_tcp_timeout_established="_s +
                         QString::number(device.sessionTimeout);
        QStringList out = RuleSyntax::hashComments(GatewayTarget::header(input, device, title(), apply));

        if (fw) {
            out << u"*filter"_s << u":INPUT ACCEPT [0:0]"_s << u":FORWARD DROP [0:0]"_s
                << u":OUTPUT ACCEPT [0:0]"_s
                << u"-A FORWARD -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT"_s
                << u"-A FORWARD -m conntrack --ctstate INVALID -j DROP"_s;
            for (const GatewayRule &gr : device.select(m_family)) {
                const Rule &r = *gr.rule;
                const auto chunks = r.protocol == Protocol::Any
                                        ? QList<QList<PortRange>>{{}}
                                        : HostTarget::chunkPorts(r.ports, RuleSyntax::IptablesMultiportSlots);
                if (chunks.size() > 1)
                    result.problems.append({ExportProblem::Severity::Warning, device.ruleSetId,
                                            tr("A rule's ports need %1 multiport matches (at most %2 slots "
                                               "each, a range takes two); "
                                               "it was split into %1 rules per address pair.")
                                                .arg(chunks.size())
                                                .arg(RuleSyntax::IptablesMultiportSlots)});
                if (Escape::comment(r.comment, 100000).size() > RuleSyntax::IptablesCommentCap)
                    result.problems.append(
                        {ExportProblem::Severity::Warning, device.ruleSetId,
                         tr("A rule comment was cut to %1 characters.").arg(RuleSyntax::IptablesCommentCap)});
                for (qsizetype c = 0; c < chunks.size(); ++c) {
                    const QString part = chunks.size() > 1 ? u" (part "_s + QString::number(c + 1) + u'/' +
                                                                 QString::number(chunks.size()) + u')'
                                                           : QString();
                    const QString comment = gr.comment(RuleSyntax::IptablesCommentCap - int(part.size()));
                    const QString match = portMatch(r.protocol, chunks[c]) +
                                          commentMatch(comment.isEmpty() ? QString() : comment + part);
                    for (const QString &src : texts(gr.sources))
                        for (const QString &dst : texts(gr.destinations))
                            out.append(u"-A FORWARD"_s + addressFlag(u"-s"_s, src) +
                                       addressFlag(u"-d"_s, dst) + match + u" -j ACCEPT"_s);
                }
            }
            out << u"COMMIT"_s;
        } else {
            out << u"*nat"_s << u":PREROUTING ACCEPT [0:0]"_s << u":INPUT ACCEPT [0:0]"_s
                << u":OUTPUT ACCEPT [0:0]"_s << u":POSTROUTING ACCEPT [0:0]"_s;
            for (const GatewayDnat &mapping : dnats) {
                const QString comment =
                    commentMatch(Escape::comment(u"static mapping "_s + mapping.outsidePorts.toString() +
                                                     u" to "_s + mapping.insidePorts.toString(),
                                                 RuleSyntax::IptablesCommentCap));
                for (const GatewayDnat &step : mapping.steps()) {
                    const QString address = GatewayTarget::addressText(step.inside);
                    const QString to = step.samePorts() ? address
                                                        : (v6 ? u'[' + address + u']' : address) + u':' +
                                                              QString::number(step.insidePorts.from);
                    out << u"-A PREROUTING -d "_s + Cidr::host(step.outside).toString() +
                               portMatch(step.protocol, {step.outsidePorts}) + comment +
                               u" -j DNAT --to-destination "_s + to;
                }
            }
            for (const GatewaySnat &s : snats) {
                // iptables cannot negate a list: traffic staying inside
                // returns first and keeps its address.
                for (const QString &src : texts(s.sources))
                    for (const Cidr &keep : s.exceptTo)
                        out << u"-A POSTROUTING"_s + addressFlag(u"-s"_s, src) + u" -d "_s + keep.toString() +
                                   u" -j RETURN"_s;
                for (const QString &src : texts(s.sources))
                    for (const QString &dst : texts(s.destinations))
                        out << u"-A POSTROUTING"_s + addressFlag(u"-s"_s, src) + addressFlag(u"-d"_s, dst) +
                                   commentMatch(u"source NAT"_s) +
                                   (s.to.isNull()
                                        ? u" -j MASQUERADE"_s
                                        : u" -j SNAT --to-source "_s + GatewayTarget::addressText(s.to));
            }
            out << u"COMMIT"_s;
        }
        result.files.append(
            {id() + u'/' + fileName, (out.join(u'\n') + u'\n').toUtf8(),
             fw ? tr("%1 forward rules (filter table) for the boundary firewall %2, for %3-restore")
                      .arg(GatewayTarget::familyName(m_family), device.title, t)
                : tr("%1 NAT rules (nat table) for the NAT layer %2, for %3-restore")
                      .arg(GatewayTarget::familyName(m_family), device.title, t),
             false});
    }
    return result;
}

} // namespace portolan
