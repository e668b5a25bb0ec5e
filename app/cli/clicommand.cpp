#include "clicommand.h"

#include "project/projectreader.h"

using namespace Qt::StringLiterals;

namespace portolan {

QList<CliCommand> &CliRegistry::commands()
{
    static QList<CliCommand> list;
    return list;
}

const CliCommand *CliRegistry::find(const QString &name)
{
    for (const CliCommand &c : commands())
        if (c.name == name)
            return &c;
    return nullptr;
}

QCommandLineOption formatOption(const QStringList &values)
{
    return QCommandLineOption(u"format"_s,
                              QCoreApplication::translate("cli", "Output format: %1.").arg(values.join(u", "_s)),
                              u"format"_s, values.first());
}

std::optional<QString> CliContext::format(const QStringList &allowed) const
{
    const QString value = parser.value(u"format"_s);
    if (allowed.contains(value))
        return value;
    err << QCoreApplication::translate("cli", "error: --format must be one of %1, not '%2'")
               .arg(allowed.join(u", "_s), value)
        << Qt::endl;
    return std::nullopt;
}

std::optional<LoadedProject> CliContext::loadProject() const
{
    const QStringList args = positional();
    if (args.isEmpty()) {
        err << QCoreApplication::translate("cli", "error: name a project file") << Qt::endl;
        return std::nullopt;
    }
    Diagnostics errors;
    auto loaded = ProjectLoader::load(args.first(), &errors);
    if (!loaded) {
        for (const Diagnostic &d : std::as_const(errors))
            err << d.toString() << Qt::endl;
        return std::nullopt;
    }
    return loaded;
}

} // namespace portolan
