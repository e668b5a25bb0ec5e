#include "ufwexporter.h"

#include "export/escape.h"
#include "export/rulesyntax.h"
#include "hosttarget.h"

using namespace Qt::StringLiterals;

namespace portolan {

QString UfwExporter::title() const
{
    return tr("ufw (command script)");
}

QString UfwExporter::applyNotes() const
{
    return tr("On each node, as root: run `bash FILE`. It resets ufw (ufw keeps the old rules as "
              "/etc/ufw/*.rules.DATE backups), sets the default policies, adds the rules and enables ufw. "
              "Try it first with a dry run: `ufw` accepts `--dry-run` on every command. Roll back: copy the "
              "backup files over /etc/ufw/user.rules and user6.rules and run `ufw reload`, or `ufw disable`. "
              "Egress: `default allow outgoing`; the `allow out` rules list the planned outbound services. "
              "Redirects (Kong "
              "transparent) cannot be made with ufw commands: the script lists the lines for the *nat "
              "section of /etc/ufw/before.rules.");
}

ExportResult UfwExporter::generate(const ExportInput &input) const
{
    ExportResult result;
    for (const HostPoint &point : HostTarget::points(input, &result.problems)) {
        const RuleSet &rs = *point.ruleSet;
        const QString fileName = point.slug + u".sh"_s;
        QStringList out{u"#!/bin/bash"_s};
        out += RuleSyntax::hashComments(
            HostTarget::header(input, point, title(), {u"Apply: bash "_s + fileName + u" (as root)"_s}));
        out << u"set -euo pipefail"_s << u"ufw --force reset"_s << u"ufw default deny incoming"_s
            << u"ufw default allow outgoing"_s;
        for (Direction direction : {Direction::Ingress, Direction::Egress}) {
            const bool in = direction == Direction::Ingress;
            for (IpFamily family : {IpFamily::IPv4, IpFamily::IPv6}) {
                const QString any = family == IpFamily::IPv4 ? u"0.0.0.0/0"_s : u"::/0"_s;
                for (const HostRule &hr : point.select(direction, family)) {
                    const Rule &r = *hr.rule;
                    QStringList peers, locals;
                    for (const Cidr &c : hr.peers)
                        peers.append(c.toString());
                    for (const Cidr &c : hr.locals)
                        locals.append(c.toString());
                    // "any" would match both families: name the family's whole space.
                    if (peers.isEmpty())
                        peers.append(any);
                    if (locals.isEmpty())
                        locals.append(any);
                    const auto chunks = r.protocol == Protocol::Any
                                            ? QList<QList<PortRange>>{{}}
                                            : HostTarget::chunkPorts(r.ports, PortSlots);
                    if (chunks.size() > 1)
                        result.problems.append(
                            {ExportProblem::Severity::Warning, rs.id,
                             tr("A rule's ports were split into %1 ufw rules (at most %2 ports each, "
                                "a range counts two).")
                                 .arg(chunks.size())
                                 .arg(PortSlots)});
                    const QString comment = hr.comment(CommentCap);
                    for (const auto &chunk : chunks) {
                        QStringList portList;
                        for (const PortRange &p : chunk)
                            portList.append(p.toString(u':'));
                        for (const QString &peer : peers)
                            for (const QString &local : locals) {
                                QString line = in ? u"ufw allow in"_s : u"ufw allow out"_s;
                                if (r.protocol != Protocol::Any)
                                    line += u" proto "_s + protocolName(r.protocol);
                                line += u" from "_s + (in ? peer : local) + u" to "_s + (in ? local : peer);
                                if (!portList.isEmpty())
                                    line += u" port "_s + portList.join(u',');
                                if (!comment.isEmpty())
                                    line += u" comment "_s + Escape::shellSingleQuote(comment);
                                out.append(line);
                            }
                    }
                }
            }
        }
        if (!rs.redirects.isEmpty()) {
            result.problems.append(
                {ExportProblem::Severity::Warning, rs.id,
                 tr("ufw has no command for redirects: add the lines listed at the end of %1 to "
                    "/etc/ufw/before.rules by hand.")
                     .arg(fileName)});
            out << u"# Redirects (Kong transparent listen): ufw has no command for these. Add to the top of"_s
                << u"# /etc/ufw/before.rules (and before6.rules), then run: ufw reload"_s << u"#   *nat"_s
                << u"#   :PREROUTING ACCEPT [0:0]"_s;
            for (const RedirectRule &r : rs.redirects)
                for (Protocol p : r.protocol == Protocol::Any ? QList<Protocol>{Protocol::Tcp, Protocol::Udp}
                                                              : QList<Protocol>{r.protocol})
                    out << u"#   -A PREROUTING -p "_s + protocolName(p) + u" --dport "_s +
                               r.match.toString(u':') + u" -j REDIRECT --to-ports "_s +
                               QString::number(r.toPort);
            out << u"#   COMMIT"_s;
        }
        out << u"ufw --force enable"_s;
        result.files.append({u"ufw/"_s + fileName, (out.join(u'\n') + u'\n').toUtf8(),
                             tr("ufw command script for node %1").arg(point.title), true});
    }
    return result;
}

} // namespace portolan
