// portolan-cli flows PROJECT [--format table|json|csv]: every port flow the
// project needs (docs/derivation.md; JSON fields per the command-line
// contract in docs/cli.md).
#include "commands.h"
#include "derivedproject.h"

#include "derive/derivationjson.h"
#include "model/displayline.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

QString cidrText(const CidrList &list)
{
    QStringList parts;
    for (const Cidr &cidr : list)
        parts.append(cidr.toString());
    return parts.join(u' ');
}

QString viaText(const Flow &flow)
{
    QStringList ids;
    for (const FlowHop &hop : flow.via)
        ids.append(hop.id);
    return ids.join(u' ');
}

QString portsText(const Flow &flow)
{
    return flow.protocol == Protocol::Any ? u"any"_s : flow.ports.toString();
}

// "works", or the status with the element where the path stops.
QString pathText(const Flow &flow)
{
    // A dual-stack flow whose families differ: "cannot-work over ipv6 at ...".
    const QString status =
        flow.path.family == PathFamily::Both
            ? pathStatusName(flow.path.status)
            : pathStatusName(flow.path.status) % u" over "_s % pathFamilyName(flow.path.family);
    if (flow.path.status == PathStatus::Works || flow.path.stop.isEmpty())
        return status;
    return status % u" at "_s % flow.path.stop % u" ("_s % pathProblemName(flow.path.problem) % u')';
}

// RFC 4180: quote fields with separators, quotes or line breaks.
QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

void printCsv(const Derivation &derivation, QTextStream &out)
{
    out << "source,source_cidrs,destination,destination_cidrs,protocol,port_from,port_to,product,component,"
           "port,"
           "audience,via,path\n";
    for (const Flow &f : derivation.flows) {
        const bool any = f.protocol == Protocol::Any;
        const QStringList fields{f.source.id,
                                 cidrText(f.source.cidrs),
                                 f.destination.id,
                                 cidrText(f.destination.cidrs),
                                 protocolName(f.protocol),
                                 QString::number(any ? PortRange::Min : f.ports.from),
                                 QString::number(any ? PortRange::Max : f.ports.to),
                                 f.product,
                                 f.component,
                                 f.port,
                                 audienceName(f.audience),
                                 viaText(f),
                                 pathStatusName(f.path.status)};
        QStringList quoted;
        for (const QString &field : fields)
            quoted.append(csvField(field));
        out << quoted.join(u',') << '\n';
    }
}

void printTable(const Derivation &derivation, QTextStream &out)
{
    QList<QStringList> rows{{u"SOURCE"_s, u"DESTINATION"_s, u"PROTO"_s, u"PORTS"_s, u"COMPONENT"_s, u"PORT"_s,
                             u"AUDIENCE"_s, u"VIA"_s, u"PATH"_s}};
    for (const Flow &f : derivation.flows)
        rows.append({f.source.id, f.destination.id, protocolName(f.protocol), portsText(f), f.component,
                     f.port, audienceName(f.audience), viaText(f), pathText(f)});
    // One line per cell: no user text may start a row of its own.
    for (QStringList &row : rows)
        for (QString &cell : row)
            cell = displayLine(cell);
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList &row : std::as_const(rows))
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
        out << line.trimmed() << '\n';
    }
    for (const LocalPort &p : derivation.localPorts)
        out << QCoreApplication::translate("cli", "local (never in a rule): %1 %2 %3 %4")
                   .arg(displayLine(p.node), displayLine(p.component), displayLine(p.port),
                        p.ports.toString())
            << '\n';
    for (const RefusedUse &r : derivation.refused)
        out << QCoreApplication::translate("cli", "refused: %1 -> %2 %3: %4")
                   .arg(displayLine(r.client), displayLine(r.target), displayLine(r.port),
                        displayLine(r.reason))
            << '\n';
}

int run(CliContext &ctx)
{
    const auto derived = deriveProject(ctx, {u"table"_s, u"json"_s, u"csv"_s});
    if (!derived)
        return ExitBadInput;
    if (derived->format == u"json"_s)
        ctx.out << DerivationJson::flowsDocument(derived->derivation);
    else if (derived->format == u"csv"_s)
        printCsv(derived->derivation, ctx.out);
    else
        printTable(derived->derivation, ctx.out);
    return ExitOk;
}

} // namespace

CliCommand flowsCommand()
{
    return {
        .name = u"flows"_s,
        .summary = QCoreApplication::translate("cli", "List every port flow the project needs."),
        .usage = u"flows PROJECT [--format table|json|csv]"_s,
        .addOptions =
            [](QCommandLineParser &p) {
                p.addOption(formatOption({u"table"_s, u"json"_s, u"csv"_s}));
            },
        .run = run,
    };
}

} // namespace portolan
