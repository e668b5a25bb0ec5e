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

struct CliCommand
{
    QString name;
    // One line for --help, as source text (QT_TRANSLATE_NOOP("cli", ...)):
    // commands register during static initialisation, before main()
    // installs the translator, so it is translated where it is shown.
    const char *summary = "";
    QString usage; // "catalogs [--format table|json]"
    std::function<void(QCommandLineParser &)> addOptions;
    std::function<int(CliContext &)> run;

    QString summaryText() const { return QCoreApplication::translate("cli", summary); }
};

// Commands register themselves from their own file with a static
// CliRegistration, so adding a command never touches a shared list.
class CliRegistry
{
public:
    static QList<CliCommand> &commands();
    static const CliCommand *find(const QString &name);
};

struct CliRegistration
{
    explicit CliRegistration(CliCommand command) { CliRegistry::commands().append(std::move(command)); }
};

// The common --format option.
QCommandLineOption formatOption(const QStringList &values);

} // namespace portolan
