#include "nftablesexporter.h"

#include "export/escape.h"
#include "export/rulesyntax.h"
#include "hosttarget.h"

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

QString joined(const CidrList &cidrs)
{
    return HostTarget::joined(cidrs, u", "_s);
}

QString setBody(const QString &name, bool v4, const QString &elements)
{
    return u"\tset "_s + name + u" {\n"_s + (v4 ? u"\t\ttype ipv4_addr\n"_s : u"\t\ttype ipv6_addr\n"_s) +
           u"\t\tflags interval\n\t\tauto-merge\n\t\telements = { "_s + elements + u" }\n\t}"_s;
}

// Relative to the nftables folder.
QString setPath(const SharedSet &set)
{
    return u"sets/"_s + set.name + u".nft"_s;
}

QStringList protocolsOf(Protocol p)
{
    return p == Protocol::Any ? QStringList{u"tcp"_s, u"udp"_s} : QStringList{protocolName(p)};
}

} // namespace

QString NftablesExporter::title() const
{
    return tr("nftables (inet table)");
}

QString NftablesExporter::applyNotes() const
{
    return tr(
        "On each node, as root: save the current ruleset (`nft list ruleset > /root/ruleset-before.nft`), "
        "check the file (`nft -c -f FILE`), then apply it (`nft -f FILE`). The file replaces only the "
        "table `inet portolan` and leaves other tables alone. To keep it across reboots, include it from "
        "/etc/nftables.conf. Roll back with `nft delete table inet portolan` (or `nft flush ruleset && "
        "nft -f /root/ruleset-before.nft`). Egress: policy accept; the output chain lists the "
        "node's planned outbound services. A long address list that many nodes share (a cluster's "
        "members) is written once in sets/ and included: copy sets/ with the files and run nft with "
        "`-I` naming their folder, as each file's header says.");
}

ExportResult NftablesExporter::generate(const ExportInput &input) const
{
    ExportResult result;
    const QList<HostPoint> points = HostTarget::points(input, &result.problems);
    // A long list that several host files match (a cluster's member set)
    // is written once, as sets/<name>.nft, which each of those files
    // includes inside its table; the bundle stays linear in the cluster's
    // size (SharedSets).
    const SharedSets shared(points);
    for (const SharedSet &set : shared.all()) {
        const QString text =
            u"# Portolan: an address set shared by %1 host files, which include it inside their\n"
            u"# table. Copy sets/ with them and apply them with nft -I <their folder> -f FILE.\n"_s.arg(
                set.users.size()) +
            setBody(set.name, set.family == IpFamily::IPv4, joined(set.cidrs)) + u'\n';
        result.files.append(
            {u"nftables/"_s + setPath(set), text.toUtf8(),
             tr("nftables address set %1, included by %n host files", nullptr, int(set.users.size()))
                 .arg(set.name),
             false});
    }
    for (const HostPoint &point : points) {
        const RuleSet &rs = *point.ruleSet;
        const QString fileName = point.slug + u".nft"_s;
        QStringList out{u"#!/usr/sbin/nft -f"_s};
        const bool includes = shared.usedBy(point);
        // Included files are looked up in -I folders: this file's own.
        const QString options = includes ? u"-I . "_s : QString();
        out += RuleSyntax::hashComments(
            HostTarget::header(input, point, title(), RuleSyntax::nftHowToApply(fileName, options)));
        // Creating then deleting the table makes the file replace it whether
        // or not it exists (Debian 12's nft 1.0.6 has no `destroy`).
        out << QString() << u"table inet portolan"_s << u"delete table inet portolan"_s << QString()
            << u"table inet portolan {"_s;

        QStringList sets;
        QStringList chains;
        // One named set per distinct list of addresses, shared by every rule
        // that matches it (a source group's tcp and udp rules, ingress and
        // egress); named after the first rule that needs it. One address is
        // written inline.
        QHash<QString, QString> setOf; // "<family>|<elements>" -> set name
        QSet<QString> included;
        auto addressMatch = [&](const HostRule &hr, bool v4, const QString &nameIfNew) -> QString {
            if (const SharedSet *set = shared.find(hr)) {
                if (!included.contains(set->name)) {
                    included.insert(set->name);
                    sets << u"\tinclude \""_s + setPath(*set) + u'"';
                }
                return u'@' + set->name;
            }
            const CidrList &cidrs = hr.peers;
            const QString elements = joined(cidrs);
            if (cidrs.size() == 1)
                return elements;
            const QString key = (v4 ? u"4|"_s : u"6|"_s) + elements;
            if (const auto known = setOf.constFind(key); known != setOf.cend())
                return u'@' + *known;
            setOf.insert(key, nameIfNew);
            sets << setBody(nameIfNew, v4, elements);
            return u'@' + nameIfNew;
        };
        for (Direction direction : {Direction::Ingress, Direction::Egress}) {
            const bool in = direction == Direction::Ingress;
            if (!in && !point.hasEgress)
                continue;
            QStringList body;
            if (in)
                body
                    << u"\tchain input {"_s << u"\t\ttype filter hook input priority filter; policy drop;"_s
                    << u"\t\tiif \"lo\" accept"_s << u"\t\tct state established,related accept"_s
                    << u"\t\tct state invalid drop"_s
                    << u"\t\ticmpv6 type { nd-router-solicit, nd-router-advert, nd-neighbor-solicit, nd-neighbor-advert } accept"_s;
            else
                body << u"\tchain output {"_s
                     << u"\t\ttype filter hook output priority filter; policy accept;"_s;
            for (IpFamily family : {IpFamily::IPv4, IpFamily::IPv6}) {
                const bool v4 = family == IpFamily::IPv4;
                const QString ip = v4 ? u"ip"_s : u"ip6"_s;
                int index = 0;
                const QList<HostRule> rules = point.select(direction, family);
                const QList<bool> covered = HostTarget::covered(rules);
                for (qsizetype i = 0; i < rules.size(); ++i) {
                    const HostRule &hr = rules[i];
                    const Rule &r = *hr.rule;
                    if (covered[i]) {
                        // Left out: an any-peer rule above accepts all of it.
                        // Say which flows it served, so the file still tells.
                        ++index;
                        body.append(u"\t\t# covered by a rule open to any "_s +
                                    (in ? u"source"_s : u"destination"_s) + u": "_s + hr.comment(CommentCap));
                        continue;
                    }
                    QString match;
                    QString peerMatch;
                    if (!hr.anyPeer) {
                        const QString set =
                            (in ? u"in"_s : u"out"_s) + (v4 ? u"4_"_s : u"6_"_s) + QString::number(++index);
                        peerMatch = ip + (in ? u" saddr "_s : u" daddr "_s) + addressMatch(hr, v4, set);
                    }
                    const QString localMatch = hr.locals.isEmpty() ? QString()
                                                                   : ip + (in ? u" daddr "_s : u" saddr "_s) +
                                                                         RuleSyntax::addresses(hr.locals);
                    if (in)
                        match = QStringList{peerMatch, localMatch}.join(u' ').trimmed();
                    else
                        match = QStringList{localMatch, peerMatch}.join(u' ').trimmed();
                    if (match.isEmpty())
                        match =
                            v4 ? u"meta nfproto ipv4"_s : u"meta nfproto ipv6"_s; // keep the families apart
                    if (r.protocol != Protocol::Any)
                        match +=
                            u' ' + protocolName(r.protocol) + u" dport "_s + RuleSyntax::ports(r.ports, u'-');
                    if (Escape::comment(r.comment, 100000).size() > CommentCap)
                        result.problems.append(
                            {ExportProblem::Severity::Warning, rs.id,
                             tr("Chain %1, %2 rule %3 (%4): its comment was cut to %5 characters.")
                                 .arg(in ? u"input"_s : u"output"_s, HostTarget::familyName(family))
                                 .arg(i + 1)
                                 .arg(hr.comment(60))
                                 .arg(CommentCap)});
                    body.append(u"\t\t"_s + match + u" accept"_s +
                                RuleSyntax::nftComment(hr.comment(CommentCap)));
                }
            }
            body.append(u"\t}"_s);
            chains << body;
        }
        if (!rs.redirects.isEmpty()) {
            chains << u"\tchain prerouting {"_s
                   << u"\t\ttype nat hook prerouting priority dstnat; policy accept;"_s;
            for (const RedirectRule &r : rs.redirects)
                for (const QString &p : protocolsOf(r.protocol))
                    chains << u"\t\t"_s + p + u" dport "_s + r.match.toString(u'-') + u" redirect to :"_s +
                                  QString::number(r.toPort) +
                                  RuleSyntax::nftComment(Escape::comment(r.comment, CommentCap));
            chains << u"\t}"_s;
        }
        out << sets << chains << u"}"_s;
        result.files.append({u"nftables/"_s + fileName, (out.join(u'\n') + u'\n').toUtf8(),
                             tr("nftables ruleset (table inet portolan) for node %1").arg(point.title),
                             false});
    }
    HostTarget::dropRepeated(&result.problems);
    return result;
}

} // namespace portolan
