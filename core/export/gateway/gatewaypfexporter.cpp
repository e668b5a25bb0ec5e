#include "gatewaypfexporter.h"

#include "export/escape.h"
#include "export/rulesyntax.h"
#include "gatewaytarget.h"

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

QString inet(IpFamily family)
{
    return family == IpFamily::IPv4 ? u"inet"_s : u"inet6"_s;
}

// Address lists go into tables: pf expands `! { a, b }` into "not a or not
// b", which matches everything, while `! <table>` means what it says.
struct Tables
{
    QString prefix; // short and unique per device: pf table names have at most 31 characters
    QStringList lines;
    int count = 0;
    QString of(const CidrList &cidrs)
    {
        if (cidrs.isEmpty())
            return u"any"_s;
        if (cidrs.size() == 1)
            return cidrs.first().toString();
        const QString name = prefix + QString::number(++count);
        lines << u"table <"_s + name + u"> const { "_s + RuleSyntax::cidrTexts(cidrs).join(u", "_s) + u" }"_s;
        return u'<' + name + u'>';
    }
};

} // namespace

QString GatewayPfExporter::title() const
{
    return tr("Gateway pf (OpenBSD pf: pass, rdr-to, nat-to)");
}

QString GatewayPfExporter::applyNotes() const
{
    return tr(
        "On each router (OpenBSD; OPNsense and pfSense take the same rules through their rule editor): keep "
        "the current file (`cp /etc/pf.conf /root/pf.conf.before`), check the new one (`pfctl -nf FILE`), "
        "install it as /etc/pf.conf and load it (`pfctl -f /etc/pf.conf`), with `net.inet.ip.forwarding=1`. "
        "pf loads one ruleset per device: on a router that is both the firewall and the NAT, copy the NAT "
        "file beside it and uncomment the firewall file's `include` line, which comes before the filter "
        "rules so that they see the translated addresses. Roll back with `pfctl -f /root/pf.conf.before`. "
        "**Not validated** here: there is no pfctl on Linux; the tests check the files' structure only.");
}

ExportResult GatewayPfExporter::generate(const ExportInput &input) const
{
    ExportResult result;
    for (const GatewayDevice &device : GatewayTarget::devices(input, &result.problems)) {
        const bool fw = device.isFirewall();
        const QString fileName = device.slug + u".pf.conf"_s;
        QStringList out = RuleSyntax::hashComments(
            GatewayTarget::header(input, device, title(), RuleSyntax::pfHowToApply(fileName)));
        Tables tables;
        tables.prefix = (fw ? u"f"_s : u"n"_s) + Escape::shortHash(device.id) + u'_';
        QStringList options;
        QStringList rules;
        if (fw) {
            options << u"set skip on lo"_s;
            if (device.sessionTimeout > 0)
                options << u"set timeout tcp.established "_s + QString::number(device.sessionTimeout);
            rules << u"# A router that is also a NAT layer: its NAT file, translations before filtering."_s
                  << u"# include \"/etc/pf.nat.conf\""_s << u"block drop in all"_s
                  << u"pass out all keep state"_s
                  << u"# The device's own traffic is left alone, as in the other gateway targets."_s
                  << u"pass in quick to (self) keep state"_s;
            for (IpFamily family : {IpFamily::IPv4, IpFamily::IPv6}) {
                for (const GatewayRule &gr : device.select(family)) {
                    const Rule &r = *gr.rule;
                    const QString comment = gr.comment(200);
                    if (!comment.isEmpty())
                        rules << u"# "_s + comment;
                    QString line = u"pass in quick "_s + inet(family);
                    if (r.protocol != Protocol::Any)
                        line += u" proto "_s + protocolName(r.protocol);
                    line += u" from "_s + tables.of(gr.sources) + u" to "_s + tables.of(gr.destinations);
                    if (r.protocol != Protocol::Any)
                        line += u" port "_s + RuleSyntax::ports(r.ports, u':');
                    rules << line + u" keep state"_s;
                }
            }
        } else {
            if (device.sessionTimeout > 0)
                rules << u"# TCP session timeout: the firewall's pf.conf sets it for the whole device:"_s
                      << u"# set timeout tcp.established "_s + QString::number(device.sessionTimeout);
            for (const GatewayDnat &d : device.dnats) {
                QString to = GatewayTarget::addressText(d.inside);
                if (!d.samePorts())
                    to += u" port "_s + (d.insidePorts.isSingle()
                                             ? QString::number(d.insidePorts.from)
                                             : QString::number(d.insidePorts.from) + u":*"_s);
                rules << u"match in "_s + inet(d.family) + u" proto "_s + protocolName(d.protocol) +
                             u" to "_s + GatewayTarget::addressText(d.outside) + u" port "_s +
                             d.outsidePorts.toString(u':') + u" rdr-to "_s + to;
            }
            for (const GatewaySnat &s : device.snats) {
                QString line = u"match out "_s + inet(s.family) + u" from "_s + tables.of(s.sources);
                if (!s.exceptTo.isEmpty()) {
                    // Always a table: `! <t>` is the one safe negation.
                    const QString name = tables.prefix + QString::number(++tables.count);
                    tables.lines << u"table <"_s + name + u"> const { "_s +
                                        RuleSyntax::cidrTexts(s.exceptTo).join(u", "_s) + u" }"_s;
                    line += u" to ! <"_s + name + u'>';
                } else {
                    line += u" to "_s + tables.of(s.destinations);
                }
                line += u" nat-to "_s + (s.to.isNull() ? u"(egress)"_s : GatewayTarget::addressText(s.to));
                rules << line;
            }
        }
        out << tables.lines << options << rules;
        result.files.append({u"gateway-pf/"_s + fileName, (out.join(u'\n') + u'\n').toUtf8(),
                             fw ? tr("pf rules for the boundary firewall %1 (OpenBSD syntax; not validated: "
                                     "no pfctl on Linux)")
                                      .arg(device.title)
                                : tr("pf translations for the NAT layer %1 (OpenBSD syntax; not validated: "
                                     "no pfctl on Linux)")
                                      .arg(device.title),
                             false});
    }
    return result;
}

} // namespace portolan
