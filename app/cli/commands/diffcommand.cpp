// portolan-cli diff OLD NEW [--format text|json|markdown] [--target NAME...]
// [--fail-on new-errors] [--path PATH] [--layout]
// portolan-cli diff --git-driver PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE
//
// What changes between two plans (docs/guide/diff.md). OLD and NEW are
// project files, /dev/null (no plan: everything added or removed), or
// REV:PATH read with `git show` in PATH's folder. Exit codes: 0 no change,
// 1 changes, 2 bad input; with --fail-on new-errors, 1 only when the new side
// has error findings the old did not. --git-driver is git's external diff
// protocol (GIT_EXTERNAL_DIFF, diff.<driver>.command): it always exits 0,
// because git stops at the first file whose driver fails.
#include "commands.h"

#include "diff/linediff.h"
#include "diff/plandiffreport.h"
#include "diff/plansource.h"
#include "export/exporterregistry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

const QString DevNull = u"/dev/null"_s;

// One side of the comparison (PlanSource, shared with the window's
// Compare With…); its errors go to stderr.
std::optional<LoadedProject> loadSide(const QString &spec, const QString &catalogsAt, QTextStream &err)
{
    QStringList errors;
    auto loaded = PlanSource::load(spec, catalogsAt, &errors);
    for (const QString &line : std::as_const(errors))
        err << line << Qt::endl;
    return loaded;
}

QByteArray readRaw(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// git's 7 arguments: path old-file old-hex old-mode new-file new-hex new-mode.
int gitDriver(CliContext &ctx, const QStringList &args, const PlanDiffOptions &options)
{
    if (args.size() != 7) {
        ctx.err << QCoreApplication::translate(
                       "cli",
                       "error: --git-driver takes git's 7 arguments (path old-file old-hex old-mode new-file "
                       "new-hex new-mode), not %1")
                       .arg(args.size())
                << Qt::endl;
        return ExitBadInput;
    }
    const QString path = args[0];
    ctx.out << u"diff --portolan a/"_s << path << u" b/"_s << path << u'\n';
    auto before = loadSide(args[1], path, ctx.err);
    auto after = loadSide(args[4], path, ctx.err);
    if (!before || !after) {
        // A file mid-edit that does not load still gets a diff: the lines.
        ctx.err << QCoreApplication::translate("cli",
                                               "note: %1 does not load as a project; showing its lines")
                       .arg(path)
                << Qt::endl;
        ctx.out << QString::fromUtf8(LineDiff::unified(readRaw(args[1]), readRaw(args[4]), path,
                                                       args[1] != DevNull, args[4] != DevNull));
        return ExitOk;
    }
    before->path = u"a/"_s + path;
    after->path = u"b/"_s + path;
    ctx.out << PlanDiffReport::text(PlanDiff::compare(*before, *after, options));
    return ExitOk;
}

int run(CliContext &ctx)
{
    const auto format = ctx.format({u"text"_s, u"json"_s, u"markdown"_s});
    if (!format)
        return ExitBadInput;
    const auto chosen = ctx.exportTargets(); // as for export: ids, families or all
    if (!chosen)
        return ExitBadInput;
    const QString failOn = ctx.parser.value(u"fail-on"_s);
    if (!failOn.isEmpty() && failOn != u"new-errors"_s) {
        ctx.err
            << QCoreApplication::translate("cli", "error: --fail-on must be new-errors, not '%1'").arg(failOn)
            << Qt::endl;
        return ExitBadInput;
    }
    PlanDiffOptions options;
    for (const Exporter *e : *chosen)
        options.targets.append(e->id());
    options.elements.includeLayout = ctx.parser.isSet(u"layout"_s);
    const QStringList args = ctx.positional();
    if (ctx.parser.isSet(u"git-driver"_s))
        return gitDriver(ctx, args, options);
    if (args.size() != 2) {
        ctx.err << QCoreApplication::translate(
                       "cli", "error: name two plans: diff OLD NEW (files, /dev/null or REV:PATH)")
                << Qt::endl;
        return ExitBadInput;
    }
    const QString catalogsAt = ctx.parser.value(u"path"_s);
    const auto before = loadSide(args[0], catalogsAt, ctx.err);
    if (!before)
        return ExitBadInput;
    const auto after = loadSide(args[1], catalogsAt, ctx.err);
    if (!after)
        return ExitBadInput;

    const PlanDiff diff = PlanDiff::compare(*before, *after, options);
    if (*format == u"json"_s)
        ctx.out << PlanDiffReport::json(diff);
    else if (*format == u"markdown"_s)
        ctx.out << PlanDiffReport::markdown(diff);
    else
        ctx.out << PlanDiffReport::text(diff);
    if (!failOn.isEmpty())
        return diff.newErrors() > 0 ? ExitFindings : ExitOk;
    return diff.isEmpty() ? ExitOk : ExitFindings;
}

} // namespace

CliCommand diffCommand()
{
    return {
        .name = u"diff"_s,
        .summary = QCoreApplication::translate(
            "cli", "What changes between two plans: elements, flows, rules, findings, files."),
        .usage = u"diff OLD NEW [--format text|json|markdown] [--target NAME...] [--fail-on new-errors]"_s,
        .addOptions =
            [](QCommandLineParser &p) {
                p.addOption(formatOption({u"text"_s, u"json"_s, u"markdown"_s}));
                p.addOption(QCommandLineOption(
                    u"target"_s,
                    QCoreApplication::translate(
                        "cli",
                        "Also compare this export target's files (repeatable, or all; see export --list)."),
                    u"name"_s));
                p.addOption(QCommandLineOption(
                    u"fail-on"_s,
                    QCoreApplication::translate(
                        "cli",
                        "new-errors: exit 1 only when the new plan has error findings the old did not."),
                    u"condition"_s));
                p.addOption(QCommandLineOption(
                    u"path"_s,
                    QCoreApplication::translate("cli", "Where the project lives in the working tree: its "
                                                       "catalogs/ folder is used for both sides "
                                                       "(git difftool's $MERGED)."),
                    u"path"_s));
                p.addOption(QCommandLineOption(
                    u"layout"_s,
                    QCoreApplication::translate("cli", "Also report moved and resized canvas elements.")));
                p.addOption(QCommandLineOption(
                    u"git-driver"_s, QCoreApplication::translate(
                                         "cli", "Run as git's external diff driver: PATH OLD-FILE OLD-HEX "
                                                "OLD-MODE NEW-FILE NEW-HEX NEW-MODE.")));
            },
        .run = run,
    };
}

} // namespace portolan
