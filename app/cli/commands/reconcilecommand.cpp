// portolan-cli reconcile PROJECT --point host:ID|sg:ID FILE... [--ipset FILE]
// [--format text|json]: today's host firewall rules (iptables-save,
// ip6tables-save or nft -j list ruleset output) against the plan's rule set
// for that host (or its pods' Kubernetes NetworkPolicy YAML), or, for an
// AWS point (--point sg:ID), today's security groups (aws ec2
// describe-security-groups output) (docs/guide/reconcile.md). Exit codes: 0 today's rules equal
// the plan, 1 they differ, 2 bad input.
#include "clicommand.h"

#include "derive/deriver.h"
#include "export/exporter.h"
#include "model/displayline.h"
#include "project/projectreader.h"
#include "reconcile/awsreader.h"
#include "reconcile/k8spolicyreader.h"
#include "reconcile/peergroups.h"
#include "reconcile/reconciler.h"
#include "reconcile/rulesfile.h"

#include <QFile>

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

int run(CliContext &ctx)
{
    const auto format = ctx.format({u"text"_s, u"json"_s});
    if (!format)
        return ExitBadInput;
    const QStringList args = ctx.positional();
    const QString point = ctx.parser.value(u"point"_s);
    if (point.isEmpty() || args.size() < 2) {
        ctx.err << QCoreApplication::translate(
                       "cli", "error: usage: reconcile PROJECT --point host:ID|sg:ID FILE...")
                << Qt::endl;
        return ExitBadInput;
    }
    const auto loaded = ctx.loadProject();
    if (!loaded)
        return ExitBadInput;
    const DerivedPlan plan = Deriver::derive(loaded->project, loaded->catalogs);
    const auto comparable = [](const RuleSet &rs) {
        return rs.kind == PointKind::HostFirewall ||
               ((rs.kind == PointKind::SecurityGroup || rs.kind == PointKind::LoadBalancerGroup) &&
                rs.provider == Provider::Aws);
    };
    const RuleSet *set = plan.ruleSet(point);
    if (!set || !comparable(*set)) {
        QStringList ids;
        for (const RuleSet &rs : plan.ruleSets)
            if (comparable(rs))
                ids.append(rs.id);
        ctx.err << displayLine(QCoreApplication::translate("cli",
                                                           "error: no host or AWS enforcement point '%1'; "
                                                           "the points are: %2")
                                   .arg(point, ids.join(u", "_s)))
                << Qt::endl;
        return ExitBadInput;
    }
    const bool aws = set->kind != PointKind::HostFirewall;
    const ExportInput input{loaded->project, loaded->catalogs, plan};
    const AwsGroupNames awsNames = aws ? AwsSecurityGroupReader::namesFor(input, point) : AwsGroupNames();
    Diagnostics errors;
    IpsetSets ipsets;
    for (const QString &path : ctx.parser.values(u"ipset"_s)) {
        const auto content = readFile(path, ctx.err);
        if (!content)
            return ExitBadInput;
        const auto sets = IptablesReader::readIpset(*content, path, &errors);
        if (!sets)
            break;
        for (auto it = sets->sets.cbegin(); it != sets->sets.cend(); ++it)
            ipsets.sets.insert(it.key(), it.value());
    }
    QList<FilterProgram> programs;
    for (const QString &path : args.mid(1)) {
        if (!errors.isEmpty())
            break;
        const auto content = readFile(path, ctx.err);
        if (!content)
            return ExitBadInput;
        if (!aws && AwsSecurityGroupReader::looksLike(*content)) {
            errors.append(
                {path, 1, 1,
                 QCoreApplication::translate("cli", "describe-security-groups output is compared with "
                                                    "an AWS point, not with %1")
                     .arg(point),
                 QCoreApplication::translate("cli", "name the group's point: --point sg:ID")});
            break;
        }
        auto program =
            aws ? AwsSecurityGroupReader::read(*content, path, awsNames, &errors)
            : K8sPolicyReader::looksLike(*content)
                ? K8sPolicyReader::read(*content, path, K8sPolicyReader::namesFor(input, point), &errors)
                : RulesFile::read(*content, path, ipsets, &errors);
        if (program)
            programs.append(std::move(*program));
    }
    if (!errors.isEmpty()) {
        for (const Diagnostic &d : std::as_const(errors))
            ctx.err << displayLine(d.toString()) << Qt::endl;
        return ExitBadInput;
    }
    // Group references (AWS groups, Kubernetes pod selectors) are compared
    // by the addresses of the referenced point.
    const ReconcileReport report = Reconciler::reconcile(resolvePeerGroups(*set, plan), programs);
    if (*format == u"json"_s)
        ctx.out << QString::fromUtf8(Reconciler::json(report));
    else
        ctx.out << Reconciler::text(report);
    ctx.out.flush();
    return report.exact() ? ExitOk : ExitFindings;
}

const CliRegistration registration({
    u"reconcile"_s,
    QT_TRANSLATE_NOOP("cli", "Compare a host's running firewall rules or AWS security groups with the plan."),
    u"reconcile PROJECT --point host:ID|sg:ID FILE... [--ipset FILE] [--format text|json]"_s,
    [](QCommandLineParser &p) {
        p.addOption(formatOption({u"text"_s, u"json"_s}));
        p.addOption(
            QCommandLineOption(u"point"_s,
                               QCoreApplication::translate(
                                   "cli", "The host or AWS enforcement point (e.g. host:kong-a, sg:web)."),
                               u"id"_s));
        p.addOption(QCommandLineOption(
            u"ipset"_s,
            QCoreApplication::translate("cli", "`ipset save` output the rules' -m set matches name."),
            u"file"_s));
    },
    run,
});

} // namespace

} // namespace portolan
