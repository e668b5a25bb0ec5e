#include "windowsexporter.h"

#include "export/escape.h"
#include "export/rulesyntax.h"
#include "hosttarget.h"

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

QString quotedList(const QStringList &items)
{
    QStringList quoted;
    for (const QString &i : items)
        quoted.append(Escape::powerShellSingleQuote(i));
    return quoted.join(u',');
}

} // namespace

QString WindowsExporter::title() const
{
    return tr("Windows Defender Firewall (PowerShell)");
}

QString WindowsExporter::applyNotes() const
{
    return tr(
        "On each node, in an elevated PowerShell: export the current policy (`netsh advfirewall export "
        "C:\\firewall-before.wfw`), then run the script (`powershell -ExecutionPolicy Bypass -File FILE`). "
        "It replaces the rules of its group and sets the default actions of every profile. Roll back with "
        "`netsh advfirewall import C:\\firewall-before.wfw`. Egress: outbound defaults to Allow; the "
        "outbound "
        "rules list the planned outbound services. Windows keeps its Core Networking rules (IPv6 neighbour "
        "discovery, DHCP). Port redirects (Kong transparent) do not exist on Windows.");
}

ExportResult WindowsExporter::generate(const ExportInput &input) const
{
    ExportResult result;
    for (const HostPoint &point : HostTarget::points(input, &result.problems)) {
        const RuleSet &rs = *point.ruleSet;
        const QString fileName = point.slug + u".ps1"_s;
        QStringList out = RuleSyntax::hashComments(HostTarget::header(
            input, point, title(), {u"Apply: powershell -ExecutionPolicy Bypass -File "_s + fileName}));
        if (!rs.redirects.isEmpty()) {
            result.problems.append(
                {ExportProblem::Severity::Warning, rs.id,
                 tr("Windows Firewall cannot redirect ports; the node's redirects were left out.")});
            out << u"# The plan's port redirects (Kong transparent listen) have no Windows equivalent."_s;
        }
        const QString group = u"Portolan "_s + point.slug;
        out << u"#Requires -RunAsAdministrator"_s << u"$ErrorActionPreference = 'Stop'"_s
            << u"$group = "_s + Escape::powerShellSingleQuote(group)
            << u"Get-NetFirewallRule -Group $group -ErrorAction SilentlyContinue | Remove-NetFirewallRule"_s
            << u"Set-NetFirewallProfile -Profile Domain,Private,Public -Enabled True -DefaultInboundAction "
               u"Block "
               u"-DefaultOutboundAction Allow"_s;
        int index = 0;
        for (Direction direction : {Direction::Ingress, Direction::Egress}) {
            const bool in = direction == Direction::Ingress;
            for (IpFamily family : {IpFamily::IPv4, IpFamily::IPv6}) {
                for (const HostRule &hr : point.select(direction, family)) {
                    const Rule &r = *hr.rule;
                    const QString comment = hr.comment(NameCap);
                    const QString name = group + (in ? u" in "_s : u" out "_s) + QString::number(++index) +
                                         (comment.isEmpty() ? QString() : u": "_s + comment);
                    QStringList ports, peers, locals;
                    for (const PortRange &p : r.ports)
                        ports.append(p.toString(u'-'));
                    for (const Cidr &c : hr.peers)
                        peers.append(c.toString());
                    for (const Cidr &c : hr.locals)
                        locals.append(c.toString());
                    // Windows' "Any" covers both families: name the family's whole space.
                    if (peers.isEmpty())
                        peers.append(family == IpFamily::IPv4 ? u"0.0.0.0/0"_s : u"::/0"_s);
                    QString line =
                        u"New-NetFirewallRule -Group $group -DisplayName "_s +
                        Escape::powerShellSingleQuote(name) + u" -Direction "_s +
                        (in ? u"Inbound"_s : u"Outbound"_s) + u" -Action Allow -Protocol "_s +
                        (r.protocol == Protocol::Any ? u"Any"_s : protocolName(r.protocol).toUpper());
                    if (r.protocol != Protocol::Any)
                        line += (in ? u" -LocalPort "_s : u" -RemotePort "_s) + quotedList(ports);
                    line += u" -RemoteAddress "_s + quotedList(peers);
                    if (!locals.isEmpty())
                        line += u" -LocalAddress "_s + quotedList(locals);
                    out << line + u" | Out-Null"_s;
                }
            }
        }
        // PowerShell 5 reads BOM-less files as the ANSI code page; the text is ASCII anyway.
        result.files.append(
            {u"windows/"_s + fileName, (out.join(u"\r\n"_s) + u"\r\n"_s).toUtf8(),
             tr("PowerShell script for node %1 (not validated: no PowerShell on Linux)").arg(point.title),
             false});
    }
    return result;
}

} // namespace portolan
