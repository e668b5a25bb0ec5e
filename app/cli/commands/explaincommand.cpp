// portolan-cli explain PROJECT --from ID --to ID [--port N] [--protocol tcp|udp] [--format text|json]:
// the path of the flows from one element to another, hop by hop, or where
// and why it stops. Exit 0 when every path works, 1 when one cannot work
// (or cannot be judged), 2 for bad input or no such flow.
#include "commands.h"
#include "derivedproject.h"

#include "derive/derivationjson.h"
#include "derive/flowexplainer.h"
#include "derive/flowexplanationtext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

void printText(const QList<FlowExplainer::Explained> &explained, QTextStream &out)
{
    for (const FlowExplainer::Explained &e : explained)
        out << FlowExplanationText::text(e);
}

QJsonObject admissionJson(const FlowExplainer::Admission &a)
{
    return QJsonObject{{u"point"_s, a.point}, {u"rule"_s, a.index + 1}, {u"comment"_s, a.rule.comment}};
}

void printJson(const QList<FlowExplainer::Explained> &explained, QTextStream &out)
{
    QJsonArray list;
    for (const FlowExplainer::Explained &e : explained) {
        QJsonObject flow = DerivationJson::flow(e.flow);
        QJsonObject path = flow.value(u"path"_s).toObject();
        QJsonArray hops = path.value(u"hops"_s).toArray();
        for (qsizetype i = 0; i < hops.size(); ++i) {
            QJsonObject hop = hops[i].toObject();
            hop.insert(u"action"_s, FlowExplanationText::action(e, e.steps[i]));
            QJsonArray rules;
            for (const FlowExplainer::Admission &a : e.admittedBy.value(e.steps[i].id))
                if (e.steps[i].kind != u"source"_s)
                    rules.append(admissionJson(a));
            if (!rules.isEmpty())
                hop.insert(u"admitted_by"_s, rules);
            hops[i] = hop;
        }
        path.insert(u"hops"_s, hops);
        QJsonArray destinationRules;
        for (const FlowExplainer::Admission &a : e.admittedBy.value(e.flow.destination.id))
            destinationRules.append(admissionJson(a));
        path.insert(u"destination_admitted_by"_s, destinationRules);
        flow.insert(u"path"_s, path);
        list.append(flow);
    }
    out << QJsonDocument(QJsonObject{{u"flows"_s, list}}).toJson(QJsonDocument::Indented);
}

int run(CliContext &ctx)
{
    const auto format = ctx.format({u"text"_s, u"json"_s});
    if (!format)
        return ExitBadInput;
    FlowExplainer::Query query{ctx.parser.value(u"from"_s), ctx.parser.value(u"to"_s), std::nullopt,
                               std::nullopt};
    if (query.from.isEmpty() || query.to.isEmpty()) {
        ctx.err << QCoreApplication::translate("cli", "explain needs --from ID and --to ID") << '\n';
        return ExitBadInput;
    }
    if (ctx.parser.isSet(u"port"_s)) {
        bool ok = false;
        const int port = ctx.parser.value(u"port"_s).toInt(&ok);
        if (!ok || port < PortRange::Min || port > PortRange::Max) {
            ctx.err << QCoreApplication::translate("cli", "--port must be a number from 1 to 65535, not '%1'")
                           .arg(ctx.parser.value(u"port"_s))
                    << '\n';
            return ExitBadInput;
        }
        query.port = port;
    }
    if (ctx.parser.isSet(u"protocol"_s)) {
        const QString text = ctx.parser.value(u"protocol"_s);
        if (text != u"tcp"_s && text != u"udp"_s) {
            ctx.err << QCoreApplication::translate("cli", "--protocol must be tcp or udp, not '%1'").arg(text)
                    << '\n';
            return ExitBadInput;
        }
        query.protocol = text == u"tcp"_s ? Protocol::Tcp : Protocol::Udp;
    }
    const auto derived = deriveProject(ctx);
    if (!derived)
        return ExitBadInput;
    for (const ElementId &id : {query.from, query.to})
        if (!derived->project().kindOf(id)) {
            ctx.err << QCoreApplication::translate("cli", "%1: no element with id '%2'")
                           .arg(derived->loaded.path, id)
                    << '\n';
            return ExitBadInput;
        }
    const QList<FlowExplainer::Explained> explained = FlowExplainer::explain(derived->derivation, query);
    if (explained.isEmpty()) {
        ctx.err
            << QCoreApplication::translate("cli", "no flow from %1 to %2 matches").arg(query.from, query.to)
            << '\n';
        return ExitBadInput;
    }
    if (*format == u"json"_s)
        printJson(explained, ctx.out);
    else
        printText(explained, ctx.out);
    const bool allWork =
        std::all_of(explained.cbegin(), explained.cend(), [](const FlowExplainer::Explained &e) {
            return e.flow.path.status == PathStatus::Works;
        });
    return allWork ? ExitOk : ExitFindings;
}

} // namespace

CliCommand explainCommand()
{
    return {
        .name = u"explain"_s,
        .summary = QCoreApplication::translate(
            "cli", "Show the path of the flows from one element to another, hop by hop."),
        .usage = u"explain PROJECT --from ID --to ID [--port N] [--protocol tcp|udp] [--format text|json]"_s,
        .addOptions =
            [](QCommandLineParser &p) {
                p.addOption(QCommandLineOption(
                    u"from"_s, QCoreApplication::translate("cli", "Source element id."), u"ID"_s));
                p.addOption(QCommandLineOption(
                    u"to"_s, QCoreApplication::translate("cli", "Destination element id."), u"ID"_s));
                p.addOption(QCommandLineOption(
                    u"port"_s, QCoreApplication::translate("cli", "Only flows on this port."), u"N"_s));
                p.addOption(QCommandLineOption(u"protocol"_s,
                                               QCoreApplication::translate("cli", "tcp or udp."), u"P"_s));
                p.addOption(formatOption({u"text"_s, u"json"_s}));
            },
        .run = run,
    };
}

} // namespace portolan
