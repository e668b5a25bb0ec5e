#include "clicommand.h"
#include "io/allocatortuning.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

QString overview(const QList<CliCommand> &commands)
{
    QString text = QCoreApplication::translate("cli", "Usage: portolan-cli COMMAND [options]\n\nCommands:\n");
    for (const CliCommand &c : commands)
        text += u"  "_s + c.usage.leftJustified(52) + u' ' + c.summary + u'\n';
    text +=
        QCoreApplication::translate("cli", "\nRun 'portolan-cli COMMAND --help' for a command's options.\n"
                                           "Exit codes: 0 ok, 1 error findings or drift, 2 bad input.\n");
    return text;
}

void installTranslations(QCoreApplication &app)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), u"portolan"_s, u"_"_s, u":/i18n"_s))
        app.installTranslator(translator);
}

} // namespace

int main(int argc, char *argv[])
{
    tuneAllocatorForLargePlans();
    // Drawing text needs a QGuiApplication; `render` gets one on the
    // offscreen platform so it runs without a display, the rest stay Core.
    const bool drawing = argc > 1 && qstrcmp(argv[1], "render") == 0;
    if (drawing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application = drawing ? std::make_unique<QGuiApplication>(argc, argv)
                                                            : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(u"portolan-cli"_s);
    QCoreApplication::setOrganizationName(u"Portolan"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PORTOLAN_VERSION));
    installTranslations(app);
    const QList<CliCommand> commands = CliRegistry::commands(); // after the translator: summaries translated

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() < 2 || args[1] == u"--help"_s || args[1] == u"-h"_s || args[1] == u"help"_s) {
        out << overview(commands);
        return args.size() < 2 ? ExitBadInput : ExitOk;
    }
    if (args[1] == u"--version"_s || args[1] == u"-v"_s) {
        out << u"portolan-cli "_s << QCoreApplication::applicationVersion() << u" (Qt "_s << qVersion()
            << u")\n"_s;
        return ExitOk;
    }
    const CliCommand *command = CliRegistry::find(commands, args[1]);
    if (!command) {
        err << QCoreApplication::translate("cli", "error: unknown command '%1'").arg(args[1]) << u"\n\n"_s
            << overview(commands);
        return ExitBadInput;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary);
    parser.addHelpOption();
    parser.addPositionalArgument(command->name, command->usage);
    if (command->addOptions)
        command->addOptions(parser);
    if (!parser.parse(args)) {
        err << u"error: "_s << parser.errorText() << Qt::endl;
        return ExitBadInput;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return ExitOk;
    }
    CliContext context{parser, out, err};
    const int code = command->run(context);
    out.flush();
    err.flush();
    return code;
}
