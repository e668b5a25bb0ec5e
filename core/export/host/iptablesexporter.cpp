#include "iptablesexporter.h"

#include "export/escape.h"
#include "hosttarget.h"

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

QString portMatch(const QList<PortRange> &ports)
{
    QStringList parts;
    for (const PortRange &p : ports)
        parts.append(p.toString(u':'));
    if (ports.size() == 1)
        return u" --dport "_s + parts.first();
    return u" -m multiport --dports "_s + parts.join(u',');
}

QString protocolMatch(Protocol protocol, const QList<PortRange> &ports)
{
    if (protocol == Protocol::Any)
        return {};
    const QString name = protocolName(protocol);
    const QString base = u" -p "_s + name;
    return ports.size() == 1 ? base + u" -m "_s + name : base;
}

QString commentMatch(const QString &comment)
{
    // Escape::comment keeps neither quotes nor backslashes: "..." is safe.
    return comment.isEmpty() ? QString() : u" -m comment --comment \""_s + comment + u'"';
}

} // namespace

QString IptablesExporter::id() const
{
    return m_family == IpFamily::IPv4 ? u"iptables"_s : u"ip6tables"_s;
}

QString IptablesExporter::tool() const
{
    return id();
}

QString IptablesExporter::title() const
{
    return m_family == IpFamily::IPv4 ? tr("iptables-restore (IPv4)") : tr("ip6tables-restore (IPv6)");
}

QString IptablesExporter::applyNotes() const
{
    const QString t = tool();
    const QString ext = m_family == IpFamily::IPv4 ? u"v4"_s : u"v6"_s;
    return tr("On each node, as root: save the current rules (`%1-save > /root/rules-before.%2`), check the "
              "file (`%1-restore --test < FILE`), then apply it (`%1-restore < FILE`). To keep it across "
              "reboots on Debian, install iptables-persistent and copy the file to /etc/iptables/rules.%2. "
              "Roll back with `%1-restore < /root/rules-before.%2`. Egress: "
              "OUTPUT defaults to ACCEPT (the plan does not list every outbound connection); FORWARD to "
              "DROP.")
        .arg(t, ext);
}

ExportResult IptablesExporter::generate(const ExportInput &input) const
{
    ExportResult result;
    const QString t = tool();
    const bool v6 = m_family == IpFamily::IPv6;
    for (const HostPoint &point : HostTarget::points(input, &result.problems)) {
        const RuleSet &rs = *point.ruleSet;
        auto problem = [&](const QString &message) {
            result.problems.append({ExportProblem::Severity::Warning, rs.id, message});
        };
        QStringList out;
        const QString fileName = point.slug + (v6 ? u".rules.v6"_s : u".rules.v4"_s);
        for (const QString &line : HostTarget::header(input, point, title(),
                                                      {u"Check: "_s + t + u"-restore --test < "_s + fileName,
                                                       u"Apply: "_s + t + u"-restore < "_s + fileName}))
            out.append(u"# "_s + line);

        if (!rs.redirects.isEmpty()) {
            out << u"*nat"_s << u":PREROUTING ACCEPT [0:0]"_s << u":INPUT ACCEPT [0:0]"_s
                << u":OUTPUT ACCEPT [0:0]"_s << u":POSTROUTING ACCEPT [0:0]"_s;
            for (const RedirectRule &r : rs.redirects) {
                const QList<Protocol> protocols = r.protocol == Protocol::Any
                                                      ? QList<Protocol>{Protocol::Tcp, Protocol::Udp}
                                                      : QList<Protocol>{r.protocol};
                for (Protocol p : protocols)
                    out.append(u"-A PREROUTING"_s + protocolMatch(p, {r.match}) + portMatch({r.match}) +
                               commentMatch(Escape::comment(r.comment, CommentCap)) +
                               u" -j REDIRECT --to-ports "_s + QString::number(r.toPort));
            }
            out.append(u"COMMIT"_s);
        }

        out << u"*filter"_s << u":INPUT DROP [0:0]"_s << u":FORWARD DROP [0:0]"_s
            << u":OUTPUT ACCEPT [0:0]"_s;
        for (Direction direction : {Direction::Ingress, Direction::Egress}) {
            const bool in = direction == Direction::Ingress;
            if (!in && !point.hasEgress)
                continue;
            const QString chain = in ? u"INPUT"_s : u"OUTPUT"_s;
            if (in)
                out << u"-A INPUT -i lo -j ACCEPT"_s
                    << u"-A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT"_s
                    << u"-A INPUT -m conntrack --ctstate INVALID -j DROP"_s;
            if (in && v6) {
                // Without neighbour discovery IPv6 stops working altogether.
                for (const char16_t *type : {u"router-solicitation", u"router-advertisement",
                                             u"neighbour-solicitation", u"neighbour-advertisement"})
                    out << u"-A "_s + chain + u" -p ipv6-icmp -m icmp6 --icmpv6-type "_s +
                               QString::fromUtf16(type) + u" -j ACCEPT"_s;
            }
            const QList<HostRule> rules = point.select(direction, m_family);
            const QList<bool> covered = HostTarget::covered(rules);
            for (qsizetype i = 0; i < rules.size(); ++i) {
                const HostRule &hr = rules[i];
                const Rule &r = *hr.rule;
                if (covered[i]) {
                    // Left out: a rule open to any peer accepts all of it; the
                    // comment keeps which flows it served.
                    out.append(u"# covered by a rule open to any "_s +
                               (in ? u"source: "_s : u"destination: "_s) + hr.comment(CommentCap));
                    continue;
                }
                // Which rule a warning is about: its chain, place and flows.
                const QString which = tr("%1 rule %2 (%3)").arg(chain).arg(i + 1).arg(hr.comment(60));
                const auto chunks = r.protocol == Protocol::Any
                                        ? QList<QList<PortRange>>{{}}
                                        : HostTarget::chunkPorts(r.ports, MultiportSlots);
                if (chunks.size() > 1)
                    problem(
                        tr("%1: its ports need %2 multiport matches (at most %3 slots each, a range takes "
                           "two); it was split into %2 rules per address.")
                            .arg(which)
                            .arg(chunks.size())
                            .arg(MultiportSlots));
                if (Escape::comment(r.comment, 100000).size() > CommentCap)
                    problem(tr("%1: its comment was cut to %2 characters.").arg(which).arg(CommentCap));
                const QStringList peers = [&] {
                    QStringList l;
                    for (const Cidr &c : hr.peers)
                        l.append(c.toString());
                    return l.isEmpty() ? QStringList{QString()} : l;
                }();
                QStringList locals;
                for (const Cidr &c : hr.locals)
                    locals.append(c.toString());
                if (locals.isEmpty())
                    locals.append(QString());
                for (qsizetype c = 0; c < chunks.size(); ++c) {
                    const QString part = chunks.size() > 1 ? u" (part "_s + QString::number(c + 1) + u'/' +
                                                                 QString::number(chunks.size()) + u')'
                                                           : QString();
                    const QString comment = Escape::comment(r.comment, CommentCap - int(part.size()));
                    const QString match = protocolMatch(r.protocol, chunks[c]) +
                                          (r.protocol == Protocol::Any ? QString() : portMatch(chunks[c])) +
                                          commentMatch(comment.isEmpty() ? QString() : comment + part);
                    for (const QString &peer : peers)
                        for (const QString &local : locals) {
                            const QString src = in ? peer : local;
                            const QString dst = in ? local : peer;
                            out.append(u"-A "_s + chain + (src.isEmpty() ? QString() : u" -s "_s + src) +
                                       (dst.isEmpty() ? QString() : u" -d "_s + dst) + match +
                                       u" -j ACCEPT"_s);
                        }
                }
            }
        }
        out.append(u"COMMIT"_s);
        result.files.append(
            {t + u'/' + fileName, (out.join(u'\n') + u'\n').toUtf8(),
             tr("%1 rules for node %2, for %3-restore").arg(HostTarget::familyName(m_family), point.title, t),
             false});
    }
    HostTarget::dropRepeated(&result.problems);
    return result;
}

} // namespace portolan
