#include "pfexporter.h"

#include "export/escape.h"
#include "export/rulesyntax.h"
#include "hosttarget.h"

using namespace Qt::StringLiterals;

namespace portolan {

QString PfExporter::title() const
{
    return tr("pf.conf (OpenBSD pf)");
}

QString PfExporter::applyNotes() const
{
    return tr(
        "On each node, as root: keep the current file (`cp /etc/pf.conf /root/pf.conf.before`), check the "
        "new one (`pfctl -nf FILE`), install it as /etc/pf.conf and load it (`pfctl -f /etc/pf.conf`). "
        "Roll back with `pfctl -f /root/pf.conf.before`. The syntax is OpenBSD's; on FreeBSD rewrite the "
        "`rdr-to` lines as `rdr` rules. Egress: `pass out all`; the egress rules list the node's planned "
        "outbound services.");
}

ExportResult PfExporter::generate(const ExportInput &input) const
{
    ExportResult result;
    for (const HostPoint &point : HostTarget::points(input, &result.problems)) {
        const RuleSet &rs = *point.ruleSet;
        const QString fileName = point.slug + u".pf.conf"_s;
        QStringList out = RuleSyntax::hashComments(
            HostTarget::header(input, point, title(), RuleSyntax::pfHowToApply(fileName)));
        QStringList tables;
        QStringList rules;
        rules << u"block drop in all"_s << u"pass out all keep state"_s;
        for (const RedirectRule &r : rs.redirects) {
            const QString comment = Escape::comment(r.comment, 200);
            if (!comment.isEmpty())
                rules << u"# "_s + comment;
            for (Protocol p : r.protocol == Protocol::Any ? QList<Protocol>{Protocol::Tcp, Protocol::Udp}
                                                          : QList<Protocol>{r.protocol}) {
                rules << u"pass in quick inet proto "_s + protocolName(p) + u" to port "_s +
                             r.match.toString(u':') + u" rdr-to 127.0.0.1 port "_s +
                             QString::number(r.toPort);
                rules << u"pass in quick inet6 proto "_s + protocolName(p) + u" to port "_s +
                             r.match.toString(u':') + u" rdr-to ::1 port "_s + QString::number(r.toPort);
            }
        }
        // IPv6 stops working without neighbour discovery.
        rules
            << u"pass in quick inet6 proto icmp6 icmp6-type { routersol, routeradv, neighbrsol, neighbradv }"_s;
        for (Direction direction : {Direction::Ingress, Direction::Egress}) {
            const bool in = direction == Direction::Ingress;
            if (!in && !point.hasEgress)
                continue;
            for (IpFamily family : {IpFamily::IPv4, IpFamily::IPv6}) {
                const bool v4 = family == IpFamily::IPv4;
                int index = 0;
                for (const HostRule &hr : point.select(direction, family)) {
                    const Rule &r = *hr.rule;
                    QString peer = u"any"_s;
                    if (!hr.anyPeer) {
                        const QString table =
                            (in ? u"in"_s : u"out"_s) + (v4 ? u"4_"_s : u"6_"_s) + QString::number(++index);
                        QStringList cidrs;
                        for (const Cidr &c : hr.peers)
                            cidrs.append(c.toString());
                        tables << u"table <"_s + table + u"> const { "_s + cidrs.join(u", "_s) + u" }"_s;
                        peer = u'<' + table + u'>';
                    }
                    const QString local = hr.locals.isEmpty() ? u"any"_s : RuleSyntax::addresses(hr.locals);
                    const QString comment = hr.comment(200);
                    if (!comment.isEmpty())
                        rules << u"# "_s + comment;
                    QString line =
                        (in ? u"pass in quick "_s : u"pass out quick "_s) + (v4 ? u"inet"_s : u"inet6"_s);
                    if (r.protocol != Protocol::Any)
                        line += u" proto "_s + protocolName(r.protocol);
                    line += u" from "_s + (in ? peer : local) + u" to "_s + (in ? local : peer);
                    if (r.protocol != Protocol::Any)
                        line += u" port "_s + RuleSyntax::ports(r.ports, u':');
                    rules << line + u" keep state"_s;
                }
            }
        }
        out << u"set skip on lo"_s << tables << rules;
        result.files.append(
            {u"pf/"_s + fileName, (out.join(u'\n') + u'\n').toUtf8(),
             tr("pf.conf for node %1 (OpenBSD syntax; not validated: no pfctl on Linux)").arg(point.title),
             false});
    }
    return result;
}

} // namespace portolan
