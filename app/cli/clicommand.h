#pragma once

#include "io/diagnostic.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <functional>
#include <optional>

namespace portolan {

struct LoadedProject;
class Exporter;

// Exit codes of the command-line contract (docs/cli.md).
enum ExitCode
{
    ExitOk = 0,
    ExitFindings = 1,
    ExitBadInput = 2
};

// What a command gets: its parsed options and the streams to write to.
// Commands print results on `out` and problems on `err`, never both mixed.
struct CliContext
{
    QCommandLineParser &parser;
    QTextStream &out;
    QTextStream &err;

    QStringList positional() const { return parser.positionalArguments().mid(1); }
    // Loads the project named by the first positional argument; prints the
    // diagnostics on `err` and returns nothing on failure.
    std::optional<LoadedProject> loadProject() const;
    // Checks --format against the allowed values; prints an error if bad.
    std::optional<QString> format(const QStringList &allowed) const;
    // The exporters --target names: ids, families or all, repeated or
    // comma-separated, in the registry's order; `names` gets the names as
    // given. Prints an error and returns nothing for an unknown name.
    std::optional<QList<const Exporter *>> exportTargets(QStringList *names = nullptr) const;
};

// One command, stated with named fields by a function in its own file of
// commands/ (commands/commands.h):
//     return {.name = u"flows"_s, .summary = QCoreApplication::translate("cli", "..."), ...};
struct CliCommand
{
    QString name;
    QString summary; // one line for --help, translated: built after main() installs the translator
    QString usage;   // "catalogs [--format table|json]"
    std::function<void(QCommandLineParser &)> addOptions;
    std::function<int(CliContext &)> run;
};

// The one list of commands (cliregistry.cpp). Nothing registers itself:
// the list is built when main() asks for it, after the translator is
// installed, in the order it states.
class CliRegistry
{
public:
    static QList<CliCommand> commands();
    static const CliCommand *find(const QList<CliCommand> &commands, const QString &name);
};

// The common --format option.
QCommandLineOption formatOption(const QStringList &values);

} // namespace portolan
