#include "labtrace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {
// The context lupdate files these strings under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LabTrace)
};
} // namespace

const QString LabTrace::TableName = u"portolan_lab_trace"_s;

QByteArray LabTrace::table(const QList<LabProbe> &probes, const QMap<int, int> &sourcePorts)
{
    // Chains are "trace_*": "in" and "fwd" are nft keywords. Priorities: -400 sees a packet before conntrack
    // and NAT; 500 only what every filter (host rules at 0) let through.
    const QList<std::pair<QString, QString>> chains{{u"pre"_s, u"prerouting priority -400"_s},
                                                    {u"fwd"_s, u"forward priority 500"_s},
                                                    {u"in"_s, u"input priority 500"_s}};
    // inet: one table counts both families.
    QStringList out{u"table inet %1 {"_s.arg(TableName)};
    for (const auto &[chain, hook] : chains) {
        out << u"  chain trace_%1 {"_s.arg(chain) << u"    type filter hook %1; policy accept;"_s.arg(hook);
        for (const LabProbe &p : probes)
            out << u"    meta l4proto %1 th sport %2 counter comment \"%3:%4\""_s
                       .arg(protocolName(p.protocol))
                       .arg(sourcePorts.value(p.id))
                       .arg(chain)
                       .arg(p.id);
        out << u"  }"_s;
    }
    out << u"}"_s << QString();
    return out.join(u'\n').toUtf8();
}

QMap<QString, qint64> LabTrace::counters(const QByteArray &json)
{
    QMap<QString, qint64> result;
    for (const QJsonValue &item : QJsonDocument::fromJson(json).object()[u"nftables"_s].toArray()) {
        const QJsonObject rule = item.toObject()[u"rule"_s].toObject();
        if (rule.isEmpty())
            continue;
        for (const QJsonValue &expr : rule[u"expr"_s].toArray()) {
            const QJsonObject counter = expr.toObject()[u"counter"_s].toObject();
            if (!counter.isEmpty())
                result.insert(rule[u"comment"_s].toString(), counter[u"packets"_s].toInteger());
        }
    }
    return result;
}

QString LabTrace::label(const LabTopology &topology, const QString &namespaceId)
{
    const LabNamespace *ns = topology.find(namespaceId);
    return ns ? u"%1 (%2)"_s.arg(ns->label, labRoleName(ns->role)) : namespaceId;
}

LabHop LabTrace::hop(const LabTopology &topology, const LabProbe &probe,
                     const QMap<QString, QMap<QString, qint64>> &counters)
{
    const QString id = QString::number(probe.id);
    auto seen = [&](const QString &ns) { return counters.value(ns).value(u"pre:"_s + id) > 0; };
    auto forwarded = [&](const QString &ns) { return counters.value(ns).value(u"fwd:"_s + id) > 0; };
    auto delivered = [&](const QString &ns) { return counters.value(ns).value(u"in:"_s + id) > 0; };

    // The source sends from its output path: it has no prerouting count.
    int last = 0;
    for (int i = 1; i < probe.path.size(); ++i)
        if (seen(probe.path[i]))
            last = i;
    // Off the planned path: a packet that went elsewhere says so.
    for (const LabNamespace &ns : topology.namespaces)
        if (!probe.path.contains(ns.id) && seen(ns.id) && ns.role != LabRole::Internet)
            return {ns.id, label(topology, ns.id), Tr::tr("went off the planned path and ended here")};
    const QString at = probe.path.value(last);
    const QString next = probe.path.value(last + 1);
    const LabNamespace *ns = topology.find(at);
    if (last == 0) {
        if (probe.path.size() == 1)
            return {at, label(topology, at), Tr::tr("no route from here to %1").arg(probe.target.toString())};
        return {at, label(topology, at), Tr::tr("left here, never reached %1").arg(label(topology, next))};
    }
    if (at == probe.answerNamespace || next.isEmpty()) {
        if (at != probe.answerNamespace)
            return {at, label(topology, at),
                    Tr::tr("no route on from here, or delivered here instead of %1")
                        .arg(label(topology, probe.answerNamespace))};
        if (!delivered(at))
            return {at, label(topology, at), Tr::tr("dropped on arrival: its host rules did not let it in")};
        return {at, label(topology, at), Tr::tr("arrived and was let in; the answer did not come back")};
    }
    if (ns && ns->role == LabRole::Router && delivered(at) && !forwarded(at))
        return {at, label(topology, at),
                Tr::tr("taken by the router itself: no translation or route sent it on")};
    if (!forwarded(at) && ns && !ns->firewalls.isEmpty())
        // Only the firewalls' files filter forwarded traffic on a router (a
        // NAT layer's file translates only): one of them dropped it.
        return {at, label(topology, at),
                Tr::tr("dropped here by the forward rules of boundary firewall %1: not forwarded towards %2")
                    .arg(ns->firewalls.join(u", "_s), label(topology, next))};
    if (!forwarded(at))
        return {at, label(topology, at),
                Tr::tr("dropped here: not forwarded towards %1").arg(label(topology, next))};
    return {at, label(topology, at), Tr::tr("forwarded, never reached %1").arg(label(topology, next))};
}

} // namespace portolan
