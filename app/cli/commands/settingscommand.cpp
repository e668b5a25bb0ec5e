// portolan-cli settings PROJECT [--node ID]: the product settings review
// proposes per node (kong.conf, livekit.yaml lines to paste).
#include "commands.h"

#include "project/projectreader.h"
#include "review/settingsproposal.h"

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

int run(CliContext &ctx)
{
    const auto loaded = ctx.loadProject();
    if (!loaded)
        return ExitBadInput;
    const QString node = ctx.parser.value(u"node"_s);
    if (!node.isEmpty() && !loaded->project.node(node)) {
        ctx.err << QCoreApplication::translate("cli", "error: %1: no node '%2'").arg(loaded->path, node)
                << Qt::endl;
        return ExitBadInput;
    }
    const QList<ProposedSetting> settings = SettingsProposal::propose(loaded->project, loaded->catalogs);
    const QString text = SettingsProposal::format(loaded->project, settings, node);
    if (text.isEmpty())
        ctx.out << QCoreApplication::translate("cli", "# no advertise/listen settings to propose%1\n")
                       .arg(node.isEmpty() ? QString() : QString(u" for "_s + node));
    else
        ctx.out << text;
    return ExitOk;
}

} // namespace

CliCommand settingsCommand()
{
    return {
        .name = u"settings"_s,
        .summary = QCoreApplication::translate(
            "cli", "Print the advertise/listen settings review proposes per node."),
        .usage = u"settings PROJECT [--node ID]"_s,
        .addOptions =
            [](QCommandLineParser &p) {
                p.addOption(QCommandLineOption(
                    u"node"_s, QCoreApplication::translate("cli", "Only this node."), u"id"_s));
            },
        .run = run,
    };
}

} // namespace portolan
