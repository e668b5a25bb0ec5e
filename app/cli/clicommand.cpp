#include "clicommand.h"

#include "export/exporterregistry.h"
#include "project/projectreader.h"

using namespace Qt::StringLiterals;

namespace portolan {

QCommandLineOption formatOption(const QStringList &values)
{
    return QCommandLineOption(
        u"format"_s, QCoreApplication::translate("cli", "Output format: %1.").arg(values.join(u", "_s)),
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

std::optional<QList<const Exporter *>> CliContext::exportTargets(QStringList *names) const
{
    QStringList given;
    for (const QString &value : parser.values(u"target"_s))
        for (const QString &name : value.split(u',', Qt::SkipEmptyParts))
            given.append(name.trimmed());
    if (names)
        *names = given;
    QString unknown;
    const QList<const Exporter *> chosen = ExporterRegistry::select(given, &unknown);
    if (!unknown.isEmpty()) {
        err << QCoreApplication::translate("cli", "error: unknown target '%1'; known: all, %2")
                   .arg(unknown, ExporterRegistry::ids().join(u", "_s))
            << Qt::endl;
        return std::nullopt;
    }
    return chosen;
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
