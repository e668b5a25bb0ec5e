#include "iptablesexporter.h"

#include "export/escape.h"
#include "export/rulesyntax.h"
#include "hosttarget.h"

#include <algorithm>

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

// `ipset restore` input: the set, then its members. `-exist` on each line
// makes loading the file again harmless (the name comes from the content,
// so an existing set of that name holds the same addresses).
QString ipsetFile(const SharedSet &set, const QString &tool)
{
    const bool v4 = set.family == IpFamily::IPv4;
    QStringList out{
        u"# Portolan: an address set shared by %1 %2 host files, which match it with -m set."_s
            .arg(set.users.size())
            .arg(tool),
        u"# Load it before them: ipset restore -exist < sets/%1.ipset"_s.arg(set.name),
        u"# Remove it after them: ipset destroy %1 (a set a rule uses cannot be destroyed)."_s.arg(set.name),
        u"create %1 hash:net family %2 hashsize 1024 maxelem %3 -exist"_s
            .arg(set.name, v4 ? u"inet"_s : u"inet6"_s)
            .arg(std::max<qsizetype>(65536, set.cidrs.size()))};
    for (const Cidr &c : set.cidrs)
        out.append(u"add "_s + set.name + u' ' + c.toString() + u" -exist"_s);
    return out.join(u'\n') + u'\n';
}

} // namespace

QString IptablesExporter::id() const
{
    return RuleSyntax::iptablesTool(m_family);
}

QString IptablesExporter::title() const
{
    return m_family == IpFamily::IPv4 ? tr("iptables-restore (IPv4)") : tr("ip6tables-restore (IPv6)");
}

QString IptablesExporter::applyNotes() const
{
    const QString t = RuleSyntax::iptablesTool(m_family);
    const QString ext = m_family == IpFamily::IPv4 ? u"v4"_s : u"v6"_s;
    return tr("On each node, as root: save the current rules (`%1-save > /root/rules-before.%2`), check the "
              "file (`%1-restore --test < FILE`), then apply it (`%1-restore < FILE`). To keep it across "
              "reboots on Debian, install iptables-persistent and copy the file to /etc/iptables/rules.%2. "
              "Roll back with `%1-restore < /root/rules-before.%2`. Egress: "
              "OUTPUT defaults to ACCEPT (the plan does not list every outbound connection); FORWARD to "
              "DROP. A long address list that many nodes share (a cluster's members) is written once, as "
              "an ipset in sets/NAME.ipset (package ipset), and matched with `-m set`: on each node whose "
              "file names it, load it first (`ipset restore -exist < sets/NAME.ipset`), then check and "
              "apply the file. To roll back, restore the old rules first, then `ipset destroy NAME` (a "
              "set a rule uses cannot be destroyed); each file's header lists its sets.")
        .arg(t, ext);
}

ExportResult IptablesExporter::generate(const ExportInput &input) const
{
    ExportResult result;
    const QString t = RuleSyntax::iptablesTool(m_family);
    const bool v6 = m_family == IpFamily::IPv6;
    const QList<HostPoint> points = HostTarget::points(input, &result.problems);
    // A long list that several host files match (a cluster's member set)
    // is written once, as an ipset, and matched with -m set: without it
    // each member's file has a rule per other member and the bundle is n^2
    // (docs/performance.md). Shorter lists stay rules per address.
    const SharedSets shared(points);
    for (const SharedSet &set : shared.all())
        if (set.family == m_family)
            result.files.append(
                {t + u"/sets/"_s + set.name + u".ipset"_s, ipsetFile(set, t).toUtf8(),
                 tr("ipset %1 (%2 addresses), matched by %n %3 host files", nullptr, int(set.users.size()))
                     .arg(set.name)
                     .arg(set.cidrs.size())
                     .arg(t),
                 false});
    for (const HostPoint &point : points) {
        const RuleSet &rs = *point.ruleSet;
        auto problem = [&](const QString &message) {
            result.problems.append({ExportProblem::Severity::Warning, rs.id, message});
        };
        QStringList out;
        QStringList ipsets; // the shared sets this file matches, in order of use
        const QString fileName = point.slug + (v6 ? u".rules.v6"_s : u".rules.v4"_s);

        if (!rs.redirects.isEmpty()) {
            out << u"*nat"_s << u":PREROUTING ACCEPT [0:0]"_s << u":INPUT ACCEPT [0:0]"_s
                << u":OUTPUT ACCEPT [0:0]"_s << u":POSTROUTING ACCEPT [0:0]"_s;
            for (const RedirectRule &r : rs.redirects) {
                const QList<Protocol> protocols = r.protocol == Protocol::Any
                                                      ? QList<Protocol>{Protocol::Tcp, Protocol::Udp}
                                                      : QList<Protocol>{r.protocol};
                for (Protocol p : protocols)
                    out.append(u"-A PREROUTING"_s + protocolMatch(p, {r.match}) + portMatch({r.match}) +
                               commentMatch(Escape::comment(r.comment, RuleSyntax::IptablesCommentCap)) +
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
                               (in ? u"source: "_s : u"destination: "_s) +
                               hr.comment(RuleSyntax::IptablesCommentCap));
                    continue;
                }
                // Which rule a warning is about: its chain, place and flows.
                const QString which = tr("%1 rule %2 (%3)").arg(chain).arg(i + 1).arg(hr.comment(60));
                const auto chunks = r.protocol == Protocol::Any
                                        ? QList<QList<PortRange>>{{}}
                                        : HostTarget::chunkPorts(r.ports, RuleSyntax::IptablesMultiportSlots);
                if (chunks.size() > 1)
                    problem(
                        tr("%1: its ports need %2 multiport matches (at most %3 slots each, a range takes "
                           "two); it was split into %2 rules per address.")
                            .arg(which)
                            .arg(chunks.size())
                            .arg(RuleSyntax::IptablesMultiportSlots));
                if (Escape::comment(r.comment, 100000).size() > RuleSyntax::IptablesCommentCap)
                    problem(tr("%1: its comment was cut to %2 characters.")
                                .arg(which)
                                .arg(RuleSyntax::IptablesCommentCap));
                // The matches of each rule written: one per peer address (or
                // the shared set) and one per local address; "" = any.
                QStringList peers;
                if (const SharedSet *set = shared.find(hr)) {
                    if (!ipsets.contains(set->name))
                        ipsets.append(set->name);
                    peers.append(u" -m set --match-set "_s + set->name + (in ? u" src"_s : u" dst"_s));
                } else {
                    for (const Cidr &c : hr.peers)
                        peers.append((in ? u" -s "_s : u" -d "_s) + c.toString());
                }
                if (peers.isEmpty())
                    peers.append(QString());
                QStringList locals;
                for (const Cidr &c : hr.locals)
                    locals.append((in ? u" -d "_s : u" -s "_s) + c.toString());
                if (locals.isEmpty())
                    locals.append(QString());
                for (qsizetype c = 0; c < chunks.size(); ++c) {
                    const QString part = chunks.size() > 1 ? u" (part "_s + QString::number(c + 1) + u'/' +
                                                                 QString::number(chunks.size()) + u')'
                                                           : QString();
                    const QString comment =
                        Escape::comment(r.comment, RuleSyntax::IptablesCommentCap - int(part.size()));
                    const QString match = protocolMatch(r.protocol, chunks[c]) +
                                          (r.protocol == Protocol::Any ? QString() : portMatch(chunks[c])) +
                                          commentMatch(comment.isEmpty() ? QString() : comment + part);
                    for (const QString &peer : peers)
                        for (const QString &local : locals)
                            out.append(u"-A "_s + chain + (in ? peer + local : local + peer) + match +
                                       u" -j ACCEPT"_s);
                }
            }
        }
        out.append(u"COMMIT"_s);
        // The sets go in first, in the kernel as for --test; rolling back
        // is the reverse: a set that a rule uses cannot be destroyed.
        QStringList howTo;
        for (const QString &name : std::as_const(ipsets))
            howTo << u"First: ipset restore -exist < sets/"_s + name + u".ipset"_s;
        howTo << RuleSyntax::iptablesHowToApply(m_family, fileName);
        if (!ipsets.isEmpty())
            howTo << u"Roll back: restore the previous rules first, then ipset destroy "_s +
                         ipsets.join(u"; ipset destroy "_s);
        out = RuleSyntax::hashComments(HostTarget::header(input, point, title(), howTo)) + out;
        result.files.append(
            {t + u'/' + fileName, (out.join(u'\n') + u'\n').toUtf8(),
             tr("%1 rules for node %2, for %3-restore").arg(HostTarget::familyName(m_family), point.title, t),
             false});
    }
    HostTarget::dropRepeated(&result.problems);
    return result;
}

} // namespace portolan
