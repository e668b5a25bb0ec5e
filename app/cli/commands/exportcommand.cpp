// portolan-cli export PROJECT --target NAME[,NAME...]|FAMILY|all [--out DIR]: derives the plan
// and writes the chosen targets as a rule bundle (README.md, MANIFEST.sha256
// and one folder per target). `export --list` names every target.
// Exit codes: 0 written, 1 some target could not express the plan (the
// others are written; the README lists why), 2 bad input or write failure.
#include "commands.h"
#include "derivedproject.h"

#include "export/bundle/bundlebuilder.h"
#include "export/bundle/bundlewriter.h"
#include "export/exporterregistry.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

int list(CliContext &ctx)
{
    for (const Exporter *e : ExporterRegistry::all())
        ctx.out << e->id().leftJustified(22) << u' ' << e->family().leftJustified(9) << u' ' << e->title()
                << u'\n';
    return ExitOk;
}

int run(CliContext &ctx)
{
    if (ctx.parser.isSet(u"list"_s))
        return list(ctx);
    // --target takes ids, family names (host, cloud, network, document) or
    // all, repeated or comma-separated: one process derives the plan once
    // for every target it writes.
    QStringList names;
    const auto exporters = ctx.exportTargets(&names);
    if (!exporters)
        return ExitBadInput;
    if (names.isEmpty()) {
        ctx.err << QCoreApplication::translate(
                       "cli", "error: name a target with --target NAME or --target all (see export --list)")
                << Qt::endl;
        return ExitBadInput;
    }
    const QString target = names.join(u'+');
    const auto derived = deriveProject(ctx);
    if (!derived)
        return ExitBadInput;
    QString out = ctx.parser.value(u"out"_s);
    if (out.isEmpty())
        out = QFileInfo(derived->loaded.path).completeBaseName() + u'-' + target;

    QStringList targets;
    const ExportResult bundle = BundleBuilder::build(derived->exportInput(), *exporters, &targets);
    bool failed = false;
    for (qsizetype i = 0; i < bundle.problems.size(); ++i) {
        const ExportProblem &p = bundle.problems[i];
        const bool error = p.severity == ExportProblem::Severity::Error;
        failed = failed || error;
        ctx.err << (error ? QCoreApplication::translate("cli", "error")
                          : QCoreApplication::translate("cli", "warning"))
                << u": "_s << targets.value(i)
                << (p.ruleSet.isEmpty() ? QString() : u" ("_s + p.ruleSet + u')') << u": "_s << p.message
                << Qt::endl;
    }
    QString error;
    if (!BundleWriter::write(bundle.files, out, &error)) {
        ctx.err << QCoreApplication::translate("cli", "error: ") << error << Qt::endl;
        return ExitBadInput;
    }
    ctx.out << QCoreApplication::translate("cli", "Wrote %1 files to %2")
                   .arg(bundle.files.size())
                   .arg(QFileInfo(out).absoluteFilePath())
            << u'\n';
    return failed ? ExitFindings : ExitOk;
}

} // namespace

CliCommand exportCommand()
{
    return {
        .name = u"export"_s,
        .summary = QCoreApplication::translate(
            "cli", "Write firewall rules and documents for a target, or all as a bundle."),
        .usage = u"export PROJECT --target NAME[,NAME...]|FAMILY|all [--out DIR] | export --list"_s,
        .addOptions =
            [](QCommandLineParser &p) {
                p.addOption(QCommandLineOption(
                    u"target"_s,
                    QCoreApplication::translate(
                        "cli", "Export target ids or families (comma-separated or repeated), or all."),
                    u"name"_s));
                p.addOption(QCommandLineOption(
                    u"out"_s, QCoreApplication::translate("cli", "Output folder (replaced as a whole)."),
                    u"dir"_s));
                p.addOption(QCommandLineOption(
                    u"list"_s, QCoreApplication::translate("cli", "List the export targets.")));
            },
        .run = run,
    };
}

} // namespace portolan
