// portolan-cli explain PROJECT --from ID --to ID [--port N] [--protocol tcp|udp] [--format text|json]:
// the path of the flows from one element to another, hop by hop, or where
// and why it stops. Exit 0 when every path works, 1 when one cannot work
// (or cannot be judged), 2 for bad input or no such flow.
#include "clicommand.h"

#include "derive/deriver.h"
#include "derive/flowexplainer.h"
#include "derive/planjson.h"
#include "project/projectreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

QString addressText(const QHostAddress &address)
{
    return address.isNull() ? u"*"_s : address.toString();
}

QString ruleText(const FlowExplainer::Admission &a)
{
    QStringList ports;
    for (const PortRange &range : a.rule.ports)
        ports.append(range.toString());
    QStringList peers;
    for (const Cidr &cidr : a.rule.peers)
        peers.append(cidr.toString());
    const QString peerText = a.rule.peerGroup.isEmpty() ? peers.join(u',') : u"group "_s + a.rule.peerGroup;
    return QCoreApplication::translate("cli", "rule %1 of %2 (%3 %4 %5 %6 %7)")
        .arg(QString::number(a.index + 1), a.point, directionName(a.rule.direction),
             PlanJson::familyName(a.rule.family), protocolName(a.rule.protocol),
             ports.isEmpty() ? u"any"_s : ports.join(u','), peerText);
}

// What the element does to the packet, in words.
QString actionText(const FlowExplainer::Explained &e, const FlowPaths::Step &step)
{
    const Flow &flow = e.flow;
    if (step.kind == u"source"_s)
        return QCoreApplication::translate("cli", "sends");
    for (const FlowHop &hop : flow.via) {
        if (hop.id != step.id)
            continue;
        switch (hop.kind) {
        case HopKind::LoadBalancer:
            return (hop.tls == TlsMode::Terminate
                        ? QCoreApplication::translate("cli",
                                                      "load balancer terminates TLS, forwards %1 -> %2")
                        : QCoreApplication::translate("cli",
                                                      "load balancer passes TLS through, forwards %1 -> %2"))
                .arg(PlanJson::addressPorts(hop.fromAddress, hop.fromPorts),
                     PlanJson::addressPorts(hop.toAddress, hop.toPorts));
        case HopKind::Nat:
            return hop.sourceNat ? QCoreApplication::translate("cli", "NAT translates the source %1 -> %2")
                                       .arg(addressText(hop.fromAddress), addressText(hop.toAddress))
                                 : QCoreApplication::translate("cli", "NAT translates %1 -> %2")
                                       .arg(PlanJson::addressPorts(hop.fromAddress, hop.fromPorts),
                                            PlanJson::addressPorts(hop.toAddress, hop.toPorts));
        case HopKind::Firewall: {
            const QList<FlowExplainer::Admission> rules = e.admittedBy.value(hop.id);
            return rules.isEmpty() ? QCoreApplication::translate("cli", "firewall: no rule admits it")
                                   : QCoreApplication::translate("cli", "firewall admits it by %1")
                                         .arg(ruleText(rules.first()));
        }
        case HopKind::Link:
            return QCoreApplication::translate("cli", "crosses the link");
        }
    }
    return {};
}

void printText(const QList<FlowExplainer::Explained> &explained, QTextStream &out)
{
    for (const FlowExplainer::Explained &e : explained) {
        const Flow &f = e.flow;
        out << f.source.id << " -> " << f.destination.id << "  " << protocolName(f.protocol) << ' '
            << (f.protocol == Protocol::Any ? u"any"_s : f.ports.toString()) << "  (" << f.component << ' '
            << f.port << ", " << audienceName(f.audience) << "): " << pathStatusName(f.path.status) << '\n';
        int n = 1;
        for (const FlowPaths::Step &step : e.steps) {
            out << "  " << n++ << ". " << step.id << ": " << actionText(e, step) << "; "
                << QCoreApplication::translate("cli", "leaves %1 -> %2")
                       .arg(addressText(step.source), PlanJson::addressPorts(step.destination, step.ports))
                << '\n';
            if (step.stops)
                out << "     "
                    << QCoreApplication::translate("cli", "stops here: %1").arg(FlowPaths::reason(f)) << '\n';
        }
        if (f.path.status == PathStatus::Works) {
            const QList<FlowExplainer::Admission> rules = e.admittedBy.value(f.destination.id);
            out << "  " << n << ". " << f.destination.id << ": "
                << (rules.isEmpty()
                        ? QCoreApplication::translate("cli", "receives it (no rule of its own admits it)")
                        : QCoreApplication::translate("cli", "receives it, admitted by %1")
                              .arg(ruleText(rules.first())))
                << '\n';
        } else if (std::none_of(e.steps.cbegin(), e.steps.cend(),
                                [](const FlowPaths::Step &s) { return s.stops; })) {
            out << "  " << n << ". " << (f.path.stop.isEmpty() ? f.destination.id : f.path.stop) << ": "
                << QCoreApplication::translate("cli", "stops here: %1").arg(FlowPaths::reason(f)) << '\n';
        }
    }
}

QJsonObject admissionJson(const FlowExplainer::Admission &a)
{
    return QJsonObject{{u"point"_s, a.point}, {u"rule"_s, a.index + 1}, {u"comment"_s, a.rule.comment}};
}

void printJson(const QList<FlowExplainer::Explained> &explained, QTextStream &out)
{
    QJsonArray list;
    for (const FlowExplainer::Explained &e : explained) {
        QJsonObject flow = PlanJson::flow(e.flow);
        QJsonObject path = flow.value(u"path"_s).toObject();
        QJsonArray hops = path.value(u"hops"_s).toArray();
        for (qsizetype i = 0; i < hops.size(); ++i) {
            QJsonObject hop = hops[i].toObject();
            hop.insert(u"action"_s, actionText(e, e.steps[i]));
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
    const auto loaded = ctx.loadProject();
    if (!loaded)
        return ExitBadInput;
    for (const ElementId &id : {query.from, query.to})
        if (!loaded->project.kindOf(id)) {
            ctx.err << QCoreApplication::translate("cli", "%1: no element with id '%2'").arg(loaded->path, id)
                    << '\n';
            return ExitBadInput;
        }
    const DerivedPlan plan = Deriver::derive(loaded->project, loaded->catalogs);
    const QList<FlowExplainer::Explained> explained = FlowExplainer::explain(plan, query);
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

const CliRegistration registration({
    u"explain"_s,
    QCoreApplication::translate("cli", "Show the path of the flows from one element to another, hop by hop."),
    u"explain PROJECT --from ID --to ID [--port N] [--protocol tcp|udp] [--format text|json]"_s,
    [](QCommandLineParser &p) {
        p.addOption(
            QCommandLineOption(u"from"_s, QCoreApplication::translate("cli", "Source element id."), u"ID"_s));
        p.addOption(QCommandLineOption(u"to"_s, QCoreApplication::translate("cli", "Destination element id."),
                                       u"ID"_s));
        p.addOption(QCommandLineOption(
            u"port"_s, QCoreApplication::translate("cli", "Only flows on this port."), u"N"_s));
        p.addOption(
            QCommandLineOption(u"protocol"_s, QCoreApplication::translate("cli", "tcp or udp."), u"P"_s));
        p.addOption(formatOption({u"text"_s, u"json"_s}));
    },
    run,
});

} // namespace

} // namespace portolan
