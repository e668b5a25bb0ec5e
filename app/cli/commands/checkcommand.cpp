// portolan-cli check PROJECT [--format text|json]: the review's findings.
// Exit 0 with no error findings, 1 with error findings, 2 for bad input.
#include "commands.h"
#include "derivedproject.h"

#include "model/displayline.h"
#include "review/findingjson.h"
#include "review/reviewer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

// More findings than this of one code on one element print as the first
// few and a count: 5,000 clashing ports on one host stay readable.
constexpr qsizetype GroupAbove = 5;
constexpr qsizetype GroupShown = 3;

void printFinding(const Finding &f, QTextStream &out)
{
    // Messages quote user text: one line each, so no name fakes a finding.
    out << severityName(f.severity) << u' ' << f.code << u' ' << displayLine(f.subject) << u": "_s
        << displayLine(f.message) << u'\n';
    if (!f.fix.isEmpty())
        out << u"    "_s << QCoreApplication::translate("cli", "fix: %1").arg(displayLine(f.fix)) << u'\n';
}

void printText(const Findings &findings, bool all, QTextStream &out)
{
    for (const FindingGroup &group : groupFindings(findings)) {
        const bool cut = !all && group.count > GroupAbove;
        for (qsizetype i = 0; i < (cut ? GroupShown : group.count); ++i)
            printFinding(findings[group.first + i], out);
        if (!cut)
            continue;
        const Finding &f = findings[group.first];
        out << severityName(f.severity) << u' ' << f.code << u' ' << displayLine(f.subject) << u": "_s
            << QCoreApplication::translate(
                   "cli", "... and %1 more %2 findings on %3 (%4 in all; --all lists every one)")
                   .arg(group.count - GroupShown)
                   .arg(f.code, displayLine(f.subject))
                   .arg(group.count)
            << u'\n';
    }
    out << QCoreApplication::translate("cli", "%1 error(s), %2 warning(s), %3 info")
               .arg(countSeverity(findings, Severity::Error))
               .arg(countSeverity(findings, Severity::Warning))
               .arg(countSeverity(findings, Severity::Info))
        << u'\n';
}

int run(CliContext &ctx)
{
    const auto derived = deriveProject(ctx, {u"text"_s, u"json"_s});
    if (!derived)
        return ExitBadInput;
    const Findings findings = Reviewer::review(derived->project(), derived->catalogs(), derived->derivation);
    if (derived->format == u"json"_s) {
        QJsonArray list;
        for (const Finding &f : findings)
            list.append(findingJson(f));
        ctx.out << QJsonDocument(QJsonObject{{u"findings"_s, list}}).toJson(QJsonDocument::Indented);
    } else {
        printText(findings, ctx.parser.isSet(u"all"_s), ctx.out);
    }
    return countSeverity(findings, Severity::Error) > 0 ? ExitFindings : ExitOk;
}

} // namespace

CliCommand checkCommand()
{
    return {
        .name = u"check"_s,
        .summary = QCoreApplication::translate(
            "cli", "Review a project: NAT advertise/listen, exposure, limits (exit 1 on errors)."),
        .usage = u"check PROJECT [--format text|json] [--all]"_s,
        .addOptions =
            [](QCommandLineParser &p) {
                p.addOption(formatOption({u"text"_s, u"json"_s}));
                p.addOption(QCommandLineOption(
                    u"all"_s,
                    QCoreApplication::translate("cli", "Text: print every finding, also of large groups.")));
            },
        .run = run,
    };
}

} // namespace portolan
