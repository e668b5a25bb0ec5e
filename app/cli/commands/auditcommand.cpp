// portolan-cli audit PROJECT --from ZONE: probe a running deployment from
// where this machine stands and report drift from the plan (issue 10).
#include "commands.h"
#include "derivedproject.h"

#include "audit/auditor.h"
#include "audit/auditprobelister.h"
#include "audit/auditreport.h"
#include "io/yamlreader.h"

#include <QEventLoop>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

std::optional<int> intOption(CliContext &ctx, const QString &name, int min, int max)
{
    bool ok = false;
    const int value = ctx.parser.value(name).toInt(&ok);
    if (ok && value >= min && value <= max)
        return value;
    ctx.err << QCoreApplication::translate("cli", "error: --%1 must be a whole number from %2 to %3")
                   .arg(name)
                   .arg(min)
                   .arg(max)
            << Qt::endl;
    return std::nullopt;
}

int run(CliContext &ctx)
{
    const auto format = ctx.format({u"text"_s, u"json"_s});
    if (!format)
        return ExitBadInput;
    const auto timeout = intOption(ctx, u"timeout"_s, 50, 60'000);
    const auto concurrency = intOption(ctx, u"concurrency"_s, 1, 64);
    const auto rate = intOption(ctx, u"rate"_s, 1, 1000);
    const auto limit = intOption(ctx, u"time-limit"_s, 1, 3600);
    if (!timeout || !concurrency || !rate || !limit)
        return ExitBadInput;
    const auto derived = deriveProject(ctx);
    if (!derived)
        return ExitBadInput;
    const QString from = ctx.parser.value(u"from"_s);
    if (from.isEmpty() || !derived->project().zone(from)) {
        QStringList zones;
        for (const Zone &z : derived->project().zones)
            zones.append(z.id);
        const QString suggestion = closestMatch(from, zones);
        ctx.err << QCoreApplication::translate("cli",
                                               "error: --from must name a zone of the plan%1 (zones: %2)")
                       .arg(suggestion.isEmpty()
                                ? QString()
                                : QCoreApplication::translate("cli", "; did you mean '%1'?").arg(suggestion),
                            zones.join(u", "_s))
                << Qt::endl;
        return ExitBadInput;
    }
    Auditor::Options options;
    options.timeoutMs = *timeout;
    options.concurrency = *concurrency;
    options.maxProbesPerSecond = *rate;
    options.totalTimeLimitMs = *limit * 1000;
    for (const QString &entry : ctx.parser.values(u"map"_s)) {
        if (const auto problem = options.addressMap.add(entry)) {
            ctx.err << u"error: "_s << *problem << Qt::endl;
            return ExitBadInput;
        }
    }

    const AuditProbeLister::List probeList =
        AuditProbeLister::list(derived->project(), derived->catalogs(), derived->derivation, from);
    ctx.err << QCoreApplication::translate(
                   "cli",
                   "probing %1 planned address:port pairs from '%2' (at most %3 at once, %4 per second)")
                   .arg(probeList.targets.size())
                   .arg(from)
                   .arg(*concurrency)
                   .arg(*rate)
            << Qt::endl;
    if (probeList.skippedWithoutAddress > 0)
        ctx.err << QCoreApplication::translate(
                       "cli", "note: %1 node group(s) have no addresses in the plan and are not probed")
                       .arg(probeList.skippedWithoutAddress)
                << Qt::endl;

    Auditor auditor;
    QEventLoop loop;
    bool cancelled = false;
    QObject::connect(&auditor, &Auditor::finished, &loop, [&](bool wasCancelled) {
        cancelled = wasCancelled;
        loop.quit();
    });
    auditor.start(probeList.targets, options);
    if (auditor.isRunning())
        loop.exec();

    if (*format == u"json"_s)
        ctx.out << QJsonDocument(AuditReport::json(auditor.findings(), from, cancelled))
                       .toJson(QJsonDocument::Indented);
    else
        ctx.out << AuditReport::text(auditor.findings(), from, cancelled);
    return AuditReport::count(auditor.findings()).hasDrift() ? ExitFindings : ExitOk;
}

} // namespace

CliCommand auditCommand()
{
    return {
        .name = u"audit"_s,
        .summary = QCoreApplication::translate(
            "cli", "Probe a running deployment from a zone and report drift from the plan."),
        .usage = u"audit PROJECT --from ZONE [--timeout MS] [--format text|json]"_s,
        .addOptions =
            [](QCommandLineParser &p) {
                p.addOption(formatOption({u"text"_s, u"json"_s}));
                p.addOption({u"from"_s,
                             QCoreApplication::translate("cli", "Zone of the plan this machine probes from."),
                             u"zone"_s});
                p.addOption({u"timeout"_s,
                             QCoreApplication::translate("cli", "Per-probe timeout in milliseconds."),
                             u"ms"_s, u"1500"_s});
                p.addOption({u"concurrency"_s,
                             QCoreApplication::translate("cli", "Probes in flight at once."), u"n"_s,
                             u"8"_s});
                p.addOption({u"rate"_s, QCoreApplication::translate("cli", "New probes per second at most."),
                             u"n"_s, u"50"_s});
                p.addOption(
                    {u"time-limit"_s,
                     QCoreApplication::translate("cli", "Stop the whole audit after this many seconds."),
                     u"s"_s, u"120"_s});
                p.addOption({u"map"_s,
                             QCoreApplication::translate(
                                 "cli", "Probe ADDRESS=ADDRESS or CIDR=CIDR instead of the planned "
                                        "address (repeatable)."),
                             u"from=to"_s});
            },
        .run = run,
    };
}

} // namespace portolan
