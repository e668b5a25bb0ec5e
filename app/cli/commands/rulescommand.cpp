// portolan-cli rules PROJECT [--point ID] [--format table|json]: the
// compacted rule set of every enforcement point (or one).
#include "commands.h"
#include "derivedproject.h"
#include "pointoption.h"

#include "derive/derivationjson.h"
#include "derive/ruletext.h"
#include "model/displayline.h"

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

void printTable(const Derivation &derivation, const QString &point, QTextStream &out)
{
    for (const RuleSet &set : derivation.ruleSets) {
        if (!point.isEmpty() && set.id != point)
            continue;
        out << displayLine(set.id) << "  (" << pointKindName(set.kind);
        if (set.provider != Provider::None)
            out << ", " << providerName(set.provider);
        out << ")  " << displayLine(set.name) << '\n';
        out << "  "
            << QCoreApplication::translate("cli",
                                           "rules: ingress %1 IPv4 / %2 IPv6, egress %3 IPv4 / %4 IPv6")
                   .arg(set.count(Direction::Ingress, IpFamily::IPv4))
                   .arg(set.count(Direction::Ingress, IpFamily::IPv6))
                   .arg(set.count(Direction::Egress, IpFamily::IPv4))
                   .arg(set.count(Direction::Egress, IpFamily::IPv6))
            << '\n';
        for (const Rule &rule : set.rules)
            out << "  " << RuleText::line(rule) << '\n';
        for (const RedirectRule &r : set.redirects)
            out << "  " << RuleText::line(r) << '\n';
        out << '\n';
    }
}

int run(CliContext &ctx)
{
    const auto derived = deriveProject(ctx, {u"table"_s, u"json"_s});
    if (!derived)
        return ExitBadInput;
    const Derivation &derivation = derived->derivation;
    const QString point = ctx.parser.value(u"point"_s);
    if (!point.isEmpty() &&
        !namedPoint(derivation, point,
                    QT_TRANSLATE_NOOP("cli", "error: no enforcement point '%1'; the points are: %2"),
                    ctx.err))
        return ExitBadInput;
    if (derived->format == u"json"_s)
        ctx.out << DerivationJson::ruleSetsDocument(derivation, point);
    else
        printTable(derivation, point, ctx.out);
    return ExitOk;
}

} // namespace

CliCommand rulesCommand()
{
    return {
        .name = u"rules"_s,
        .summary =
            QCoreApplication::translate("cli", "Show the compacted rule set of every enforcement point."),
        .usage = u"rules PROJECT [--point ID] [--format table|json]"_s,
        .addOptions =
            [](QCommandLineParser &p) {
                p.addOption(formatOption({u"table"_s, u"json"_s}));
                p.addOption(QCommandLineOption(
                    u"point"_s,
                    QCoreApplication::translate("cli", "Only this enforcement point (e.g. host:kong-a)."),
                    u"id"_s));
            },
        .run = run,
    };
}

} // namespace portolan
