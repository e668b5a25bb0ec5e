// portolan-cli lab PROJECT: rehearse the plan in Linux network namespaces
// with the exported files (issue 19). Exit 0 when every flow and must-not
// behaves as planned, 1 when not, 2 for bad input or when namespaces cannot
// be made here.
#include "commands.h"

#include "lab/labsession.h"
#include "project/projectreader.h"

#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

int run(CliContext &ctx)
{
    const auto format = ctx.format({u"text"_s, u"json"_s});
    if (!format)
        return ExitBadInput;
    const QString firewallName = ctx.parser.value(u"firewall"_s);
    if (firewallName != u"iptables"_s && firewallName != u"nftables"_s) {
        ctx.err << QCoreApplication::translate("cli", "error: --firewall must be iptables or nftables")
                << Qt::endl;
        return ExitBadInput;
    }
    const LabFirewall firewall =
        firewallName == u"iptables"_s ? LabFirewall::Iptables : LabFirewall::Nftables;
    const auto loaded = ctx.loadProject();
    if (!loaded)
        return ExitBadInput;

    LabSession::Options options;
    options.firewall = firewall;
    options.only = ctx.parser.value(u"only"_s);
    options.runner.keep = ctx.parser.isSet(u"keep"_s);
    LabSession session(loaded->project, loaded->catalogs, options);
    if (!options.only.isEmpty() && session.probeList().flows.isEmpty() &&
        session.probeList().advertises.isEmpty()) {
        ctx.err << QCoreApplication::translate("cli",
                                               "error: --only '%1' matches no flow (see portolan-cli flows)")
                       .arg(options.only)
                << Qt::endl;
        return ExitBadInput;
    }
    if (const auto why = LabRunner::unavailable(firewall, session.daemons(), &session.probeList())) {
        ctx.err << QCoreApplication::translate("cli", "error: %1").arg(*why) << Qt::endl;
        return ExitBadInput;
    }
    ctx.err << QCoreApplication::translate("cli", "building the lab: %1 namespaces and %2 bridges, %3 probes")
                   .arg(session.topology().namespaces.size())
                   .arg(session.topology().segments.size())
                   .arg(session.probeList().probes.size())
            << Qt::endl;
    const LabRunResult &result = session.run();
    const QString name =
        loaded->project.name.isEmpty() ? QFileInfo(loaded->path).fileName() : loaded->project.name;
    const LabReportInput report = session.reportInput(name);
    if (*format == u"json"_s)
        ctx.out << QJsonDocument(LabReport::json(report)).toJson(QJsonDocument::Indented);
    else
        ctx.out << LabReport::text(report);
    if (options.runner.keep && result.error.isEmpty() && !result.interrupted)
        ctx.err << QCoreApplication::translate("cli",
                                               "kept: the namespaces %1* stay (ip netns list); remove each "
                                               "with ip netns del NAME")
                       .arg(result.prefix)
                << Qt::endl;
    if (!result.error.isEmpty()) {
        ctx.err << QCoreApplication::translate("cli", "error: %1").arg(result.error) << Qt::endl;
        return ExitBadInput;
    }
    if (result.interrupted) {
        ctx.err << QCoreApplication::translate("cli", "interrupted: every namespace of the lab was removed")
                << Qt::endl;
        return ExitBadInput;
    }
    return LabReport::count(session.probeList(), result).allAsPlanned() ? ExitOk : ExitFindings;
}

} // namespace

CliCommand labCommand()
{
    return {
        .name = u"lab"_s,
        .summary = QCoreApplication::translate(
            "cli", "Rehearse the plan in network namespaces with the exported files (root)."),
        .usage =
            u"lab PROJECT [--format text|json] [--firewall iptables|nftables] [--only SELECTOR] [--keep]"_s,
        .addOptions =
            [](QCommandLineParser &p) {
                p.addOption(formatOption({u"text"_s, u"json"_s}));
                p.addOption({u"firewall"_s,
                             QCoreApplication::translate("cli", "Host rules to load: iptables or nftables."),
                             u"name"_s, u"iptables"_s});
                p.addOption({u"only"_s,
                             QCoreApplication::translate(
                                 "cli", "Probe only the flows and advertised addresses whose "
                                        "title contains this text (e.g. \"kong-a -> kong-b\", "
                                        "\"kong-b cluster_advertise\"); no must-nots."),
                             u"selector"_s});
                p.addOption(
                    {u"keep"_s, QCoreApplication::translate("cli", "Leave the namespaces for inspection.")});
            },
        .run = run,
    };
}

} // namespace portolan
