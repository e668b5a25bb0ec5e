#include "flowexplanationtext.h"

#include "derivationjson.h"

#include <algorithm>

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
    return FlowExplanationText::tr("rule %1 of %2 (%3 %4 %5 %6 %7)")
        .arg(QString::number(a.index + 1), a.point, directionName(a.rule.direction),
             DerivationJson::familyName(a.rule.family), protocolName(a.rule.protocol),
             ports.isEmpty() ? u"any"_s : ports.join(u','), peerText);
}

} // namespace

QString FlowExplanationText::heading(const Flow &f)
{
    return f.source.id + u" -> "_s + f.destination.id + u"  "_s + protocolName(f.protocol) + u' ' +
           (f.protocol == Protocol::Any ? u"any"_s : f.ports.toString()) + u"  ("_s + f.component + u' ' +
           f.port + u", "_s + audienceName(f.audience) + u"): "_s + pathStatusName(f.path.status) +
           (f.path.family == PathFamily::Both ? QString() : u" over "_s + pathFamilyName(f.path.family));
}

QString FlowExplanationText::action(const FlowExplainer::Explained &e, const FlowPaths::Step &step)
{
    const Flow &flow = e.flow;
    if (step.kind == u"source"_s)
        return tr("sends");
    for (const FlowHop &hop : flow.via) {
        if (hop.id != step.id)
            continue;
        switch (hop.kind) {
        case HopKind::LoadBalancer:
            return (hop.tls == TlsMode::Terminate ? tr("load balancer terminates TLS, forwards %1 -> %2")
                                                  : tr("load balancer passes TLS through, forwards %1 -> %2"))
                .arg(DerivationJson::addressPorts(hop.fromAddress, hop.fromPorts),
                     DerivationJson::addressPorts(hop.toAddress, hop.toPorts));
        case HopKind::Nat:
            return hop.sourceNat ? tr("NAT translates the source %1 -> %2")
                                       .arg(addressText(hop.fromAddress), addressText(hop.toAddress))
                                 : tr("NAT translates %1 -> %2")
                                       .arg(DerivationJson::addressPorts(hop.fromAddress, hop.fromPorts),
                                            DerivationJson::addressPorts(hop.toAddress, hop.toPorts));
        case HopKind::Firewall: {
            const QList<FlowExplainer::Admission> rules = e.admittedBy.value(hop.id);
            return rules.isEmpty() ? tr("firewall: no rule admits it")
                                   : tr("firewall admits it by %1").arg(ruleText(rules.first()));
        }
        case HopKind::Link:
            return tr("crosses the link");
        }
    }
    return {};
}

QStringList FlowExplanationText::steps(const FlowExplainer::Explained &e)
{
    const Flow &f = e.flow;
    QStringList out;
    int n = 1;
    for (const FlowPaths::Step &step : e.steps) {
        out.append(
            QString::number(n++) + u". "_s + step.id + u": "_s + action(e, step) + u"; "_s +
            tr("leaves %1 -> %2")
                .arg(addressText(step.source), DerivationJson::addressPorts(step.destination, step.ports)));
        if (step.stops)
            out.append(u"   "_s + tr("stops here: %1").arg(FlowPaths::reason(f)));
    }
    if (f.path.status == PathStatus::Works) {
        const QList<FlowExplainer::Admission> rules = e.admittedBy.value(f.destination.id);
        out.append(QString::number(n) + u". "_s + f.destination.id + u": "_s +
                   (rules.isEmpty() ? tr("receives it (no rule of its own admits it)")
                                    : tr("receives it, admitted by %1").arg(ruleText(rules.first()))));
    } else if (std::none_of(e.steps.cbegin(), e.steps.cend(),
                            [](const FlowPaths::Step &s) { return s.stops; })) {
        out.append(QString::number(n) + u". "_s + (f.path.stop.isEmpty() ? f.destination.id : f.path.stop) +
                   u": "_s + tr("stops here: %1").arg(FlowPaths::reason(f)));
    }
    return out;
}

QString FlowExplanationText::text(const FlowExplainer::Explained &e)
{
    QString out = heading(e.flow) + u'\n';
    for (const QString &line : steps(e))
        out += u"  "_s + line + u'\n';
    return out;
}

std::optional<FlowExplainer::Explained> FlowExplanationText::explainOne(const Derivation &derivation,
                                                                        const Flow &flow)
{
    FlowExplainer::Query query{flow.source.id, flow.destination.id, std::nullopt, flow.protocol};
    if (flow.protocol == Protocol::Any)
        query.protocol.reset();
    const QString key = flow.key();
    for (FlowExplainer::Explained &e : FlowExplainer::explain(derivation, query))
        if (e.flow.key() == key)
            return std::move(e);
    return std::nullopt;
}

} // namespace portolan
