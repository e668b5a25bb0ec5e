// portolan-cli reconcile PROJECT --point host:ID|sg:ID FILE... [--ipset FILE]
// or PROJECT FOLDER [--map FILE=POINT]..., [--format text|json|markdown]:
// today's host firewall rules (iptables-save, ip6tables-save or nft -j list
// ruleset output) against the plan's rule set for that host (or its pods'
// Kubernetes NetworkPolicy YAML), or, for an AWS point (--point sg:ID),
// today's security groups (aws ec2 describe-security-groups output); or a
// folder of such files, each mapped to its point by name or content
// (docs/guide/reconcile.md). Exit codes: 0 today's rules equal the plan, 1
// they differ, 2 bad input.
#include "commands.h"
#include "derivedproject.h"
#include "pointoption.h"

#include "export/exporter.h"
#include "model/displayline.h"
#include "reconcile/pointreconcile.h"
#include "reconcile/rulesfolder.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

std::optional<QByteArray> readFile(const QString &path, QTextStream &err)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        err << displayLine(
                   QCoreApplication::translate("cli", "error: cannot read %1: %2").arg(path, f.errorString()))
            << Qt::endl;
        return std::nullopt;
    }
    return f.readAll();
}

void printErrors(const Diagnostics &errors, QTextStream &err)
{
    for (const Diagnostic &d : errors)
        err << displayLine(d.toString()) << Qt::endl;
}

// reconcile PROJECT FOLDER [--map FILE=POINT]...: every file of the folder,
// mapped to its point by name or content (RulesFolder), one report.
int runFolder(CliContext &ctx, const QString &folder, const QString &format)
{
    const auto derived = deriveProject(ctx);
    if (!derived)
        return ExitBadInput;
    const ExportInput input = derived->exportInput();
    Diagnostics errors;
    auto files = RulesFolder::scan(folder, input, &errors);
    if (files) {
        for (const QString &map : ctx.parser.values(u"map"_s)) {
            const qsizetype eq = map.lastIndexOf(u'=');
            if (eq <= 0) {
                errors.append({map, 0, 0, QCoreApplication::translate("cli", "--map wants FILE=POINT"), {}});
                break;
            }
            if (!RulesFolder::setPoint(&*files, map.left(eq), map.mid(eq + 1), derived->derivation, &errors))
                break;
        }
    }
    const auto report =
        files && errors.isEmpty() ? RulesFolder::reconcile(folder, *files, input, &errors) : std::nullopt;
    if (!report) {
        printErrors(errors, ctx.err);
        return ExitBadInput;
    }
    if (format == u"json"_s)
        ctx.out << QString::fromUtf8(RulesFolder::json(*report));
    else if (format == u"markdown"_s)
        ctx.out << RulesFolder::markdown(*report);
    else
        ctx.out << RulesFolder::text(*report);
    ctx.out.flush();
    return report->exact() ? ExitOk : ExitFindings;
}

int run(CliContext &ctx)
{
    const auto format = ctx.format({u"text"_s, u"json"_s, u"markdown"_s});
    if (!format)
        return ExitBadInput;
    const QStringList args = ctx.positional();
    const QString point = ctx.parser.value(u"point"_s);
    if (point.isEmpty() && args.size() == 2 && QFileInfo(args[1]).isDir())
        return runFolder(ctx, args[1], *format);
    if (point.isEmpty() || args.size() < 2) {
        ctx.err << QCoreApplication::translate(
                       "cli", "error: usage: reconcile PROJECT --point host:ID|sg:ID FILE... or reconcile "
                              "PROJECT FOLDER")
                << Qt::endl;
        return ExitBadInput;
    }
    const auto derived = deriveProject(ctx);
    if (!derived)
        return ExitBadInput;
    if (!namedPoint(
            derived->derivation, point,
            QT_TRANSLATE_NOOP("cli", "error: no host or AWS enforcement point '%1'; the points are: %2"),
            ctx.err, isReconcilable))
        return ExitBadInput;
    const ExportInput input = derived->exportInput();
    Diagnostics errors;
    IpsetSets ipsets;
    for (const QString &path : ctx.parser.values(u"ipset"_s)) {
        const auto content = readFile(path, ctx.err);
        if (!content)
            return ExitBadInput;
        const auto sets = IptablesReader::readIpset(*content, path, &errors);
        if (!sets) {
            printErrors(errors, ctx.err);
            return ExitBadInput;
        }
        for (auto it = sets->sets.cbegin(); it != sets->sets.cend(); ++it)
            ipsets.sets.insert(it.key(), it.value());
    }
    QList<RulesFileInput> files;
    for (const QString &path : args.mid(1)) {
        const auto content = readFile(path, ctx.err);
        if (!content)
            return ExitBadInput;
        files.append({path, *content});
    }
    const auto report = PointReconciler::run(input, point, files, ipsets, &errors);
    if (!report) {
        printErrors(errors, ctx.err);
        return ExitBadInput;
    }
    if (*format == u"json"_s)
        ctx.out << QString::fromUtf8(Reconciler::json(*report));
    else if (*format == u"markdown"_s)
        ctx.out << Reconciler::markdown({*report});
    else
        ctx.out << Reconciler::text(*report);
    ctx.out.flush();
    return report->exact() ? ExitOk : ExitFindings;
}

} // namespace

CliCommand reconcileCommand()
{
    return {
        .name = u"reconcile"_s,
        .summary = QCoreApplication::translate(
            "cli", "Compare a host's running firewall rules or AWS security groups with the plan."),
        .usage = u"reconcile PROJECT --point host:ID|sg:ID FILE... [--ipset FILE] | PROJECT FOLDER [--map "
                 u"FILE=POINT]... "
                 u"[--format text|json|markdown]"_s,
        .addOptions =
            [](QCommandLineParser &p) {
                p.addOption(formatOption({u"text"_s, u"json"_s, u"markdown"_s}));
                p.addOption(QCommandLineOption(
                    u"point"_s,
                    QCoreApplication::translate(
                        "cli", "The host or AWS enforcement point (e.g. host:kong-a, sg:web)."),
                    u"id"_s));
                p.addOption(QCommandLineOption(
                    u"ipset"_s,
                    QCoreApplication::translate("cli", "`ipset save` output the rules' -m set matches name."),
                    u"file"_s));
                p.addOption(QCommandLineOption(
                    u"map"_s,
                    QCoreApplication::translate("cli",
                                                "With a folder: the point a file stands for, over its name "
                                                "and content (e.g. --map today.rules=host:kong-a)."),
                    u"file=point"_s));
            },
        .run = run,
    };
}

} // namespace portolan
