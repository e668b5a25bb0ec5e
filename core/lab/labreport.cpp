#include "labreport.h"

#include "labadvertise.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

// The context lupdate files these strings under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LabReport)
};

// The first of `probes` that did not go as planned, or -1.
int firstFailure(const QList<int> &probes, const LabProbeList &probeList, const LabRunResult &run)
{
    for (int id : probes)
        if (!LabRunner::isAsExpected(probeList.probes[id], run.results.value(id)))
            return id;
    return -1;
}

QString result(const LabRunResult &run, int id)
{
    return run.results.value(id, u"not run"_s);
}

QString probeText(const LabTopology &topology, const LabProbe &p, const LabRunResult &run)
{
    // "[2001:db8::10]:443" for IPv6, as a URL writes it.
    const QString target = p.target.protocol() == QAbstractSocket::IPv6Protocol
                               ? u'[' + p.target.toString() + u']'
                               : p.target.toString();
    QString text =
        u"%1 %2 -> %3:%4 %5: %6"_s.arg(topology.find(p.sourceNamespace)->label, p.source.toString(), target)
            .arg(p.port)
            .arg(protocolName(p.protocol), result(run, p.id));
    if (run.hops.contains(p.id)) {
        const LabHop &hop = run.hops[p.id];
        text += u"; "_s + Tr::tr("hop: %1: %2").arg(hop.label, hop.reason);
    }
    return text;
}

QJsonObject probeJson(const LabTopology &topology, const LabProbe &p, const LabRunResult &run)
{
    QJsonObject o{{u"source_namespace"_s, topology.find(p.sourceNamespace)->label},
                  {u"source"_s, p.source.toString()},
                  {u"family"_s, p.target.protocol() == QAbstractSocket::IPv6Protocol ? u"ipv6"_s : u"ipv4"_s},
                  {u"protocol"_s, protocolName(p.protocol)},
                  {u"target"_s, p.target.toString()},
                  {u"port"_s, p.port},
                  {u"expected"_s, p.expectOpen ? u"open"_s : u"closed"_s},
                  {u"result"_s, result(run, p.id)},
                  {u"as_planned"_s, LabRunner::isAsExpected(p, result(run, p.id))}};
    QJsonArray path;
    for (const QString &ns : p.path)
        path.append(topology.find(ns)->label);
    o.insert(u"path"_s, path);
    if (!p.category.isEmpty())
        o.insert(u"category"_s, p.category);
    if (run.hops.contains(p.id))
        o.insert(u"hop"_s,
                 QJsonObject{{u"namespace"_s, run.hops[p.id].label}, {u"reason"_s, run.hops[p.id].reason}});
    return o;
}

} // namespace

LabReport::Counts LabReport::count(const LabProbeList &probeList, const LabRunResult &run)
{
    Counts c;
    for (const LabFlow &flow : probeList.flows) {
        ++c.flows;
        if (!flow.skipped.isEmpty() || flow.probes.isEmpty())
            ++c.flowsSkipped;
        else if (firstFailure(flow.probes, probeList, run) < 0)
            ++c.flowsAsPlanned;
    }
    for (const LabAdvertise &a : probeList.advertises) {
        ++c.advertises;
        if (a.probes.isEmpty())
            ++c.advertisesSkipped;
        else if (firstFailure(a.probes, probeList, run) < 0)
            ++c.advertisesAsPlanned;
    }
    for (const LabProbe &p : probeList.probes)
        if (p.kind == LabProbe::Kind::MustNot) {
            ++c.mustNots;
            c.mustNotsClosed += LabRunner::isAsExpected(p, result(run, p.id)) ? 1 : 0;
        }
    return c;
}

QString LabReport::text(const LabReportInput &in)
{
    QString out;
    QTextStream s(&out);
    const Counts c = count(in.probeList, in.run);
    s << Tr::tr("lab: %1 with %2 host rules: %3 namespaces (bridges included), %4 probes, %5 s")
             .arg(in.project, labFirewallName(in.firewall))
             .arg(in.run.namespaces)
             .arg(in.probeList.probes.size())
             .arg(in.run.elapsedMs / 1000.0, 0, 'f', 1)
      << '\n';
    for (const QString &note : in.notes)
        s << u"  "_s << note << '\n';
    s << '\n' << Tr::tr("FLOWS (expected open)") << '\n';
    for (const LabFlow &flow : in.probeList.flows) {
        if (!flow.skipped.isEmpty() || flow.probes.isEmpty()) {
            s << u"  skipped     "_s << flow.title << u": "_s
              << (flow.skipped.isEmpty() ? Tr::tr("no probe") : flow.skipped) << '\n';
            continue;
        }
        const int failed = firstFailure(flow.probes, in.probeList, in.run);
        s << (failed < 0 ? u"  as planned  "_s : u"  NOT        "_s) << flow.title << '\n';
        if (failed >= 0)
            s << u"      "_s << probeText(in.topology, in.probeList.probes[failed], in.run) << '\n';
    }
    if (!in.probeList.advertises.isEmpty()) {
        s << '\n'
          << Tr::tr("ADVERTISE (each peer to the advertised address, answered on the listen port)") << '\n';
        for (const LabAdvertise &a : in.probeList.advertises) {
            const int failed = a.probes.isEmpty() ? -1 : firstFailure(a.probes, in.probeList, in.run);
            s << (a.probes.isEmpty() ? u"  skipped     "_s
                  : failed < 0       ? u"  as planned  "_s
                                     : u"  NOT        "_s)
              << LabAdvertiseProbes::title(a);
            if (a.probes.isEmpty())
                s << u": "_s << Tr::tr("no peer host in the lab");
            s << '\n';
            if (failed >= 0)
                s << u"      "_s << probeText(in.topology, in.probeList.probes[failed], in.run) << '\n';
        }
    }
    s << '\n'
      << Tr::tr("MUST-NOTS (expected closed): %1 of %2 closed").arg(c.mustNotsClosed).arg(c.mustNots) << '\n';
    QMap<QString, std::pair<int, int>> byCategory;
    for (const LabProbe &p : in.probeList.probes) {
        if (p.kind != LabProbe::Kind::MustNot)
            continue;
        auto &[closed, all] = byCategory[p.category];
        ++all;
        if (LabRunner::isAsExpected(p, result(in.run, p.id)))
            ++closed;
        else
            s << u"  OPEN        "_s << probeText(in.topology, p, in.run) << u" ("_s << p.category
              << u")\n"_s;
    }
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it)
        s << u"  "_s
          << Tr::tr("%1: %2 of %3 closed").arg(it.key()).arg(it.value().first).arg(it.value().second) << '\n';
    s << '\n';
    if (!in.run.error.isEmpty())
        s << Tr::tr("error: %1").arg(in.run.error) << '\n';
    else if (in.run.interrupted)
        s << Tr::tr("interrupted: the lab was removed") << '\n';
    else if (c.allAsPlanned())
        s << Tr::tr("result: as planned (%1 flows open, %2 skipped, %3 must-nots closed, %4 advertised "
                    "addresses reached)")
                 .arg(c.flowsAsPlanned)
                 .arg(c.flowsSkipped)
                 .arg(c.mustNotsClosed)
                 .arg(c.advertisesAsPlanned)
          << '\n';
    else
        s << Tr::tr("result: NOT as planned (%1 of %2 probed flows failed, %3 must-nots open, %4 of %5 "
                    "advertised addresses not reached)")
                 .arg(c.flows - c.flowsSkipped - c.flowsAsPlanned)
                 .arg(c.flows - c.flowsSkipped)
                 .arg(c.mustNots - c.mustNotsClosed)
                 .arg(c.advertises - c.advertisesAsPlanned - c.advertisesSkipped)
                 .arg(c.advertises - c.advertisesSkipped)
          << '\n';
    return out;
}

QJsonObject LabReport::json(const LabReportInput &in)
{
    const Counts c = count(in.probeList, in.run);
    QJsonArray flows;
    for (const LabFlow &flow : in.probeList.flows) {
        QJsonObject f{{u"key"_s, flow.key}, {u"title"_s, flow.title}};
        if (!flow.skipped.isEmpty() || flow.probes.isEmpty()) {
            f.insert(u"status"_s, u"skipped"_s);
            f.insert(u"reason"_s, flow.skipped);
        } else {
            f.insert(u"status"_s,
                     firstFailure(flow.probes, in.probeList, in.run) < 0 ? u"as-planned"_s : u"failed"_s);
            QJsonArray probes;
            for (int id : flow.probes)
                probes.append(probeJson(in.topology, in.probeList.probes[id], in.run));
            f.insert(u"probes"_s, probes);
        }
        flows.append(f);
    }
    QJsonArray mustNots;
    for (const LabProbe &p : in.probeList.probes)
        if (p.kind == LabProbe::Kind::MustNot)
            mustNots.append(probeJson(in.topology, p, in.run));
    QJsonArray advertises;
    for (const LabAdvertise &a : in.probeList.advertises) {
        QJsonArray probes;
        for (int id : a.probes)
            probes.append(probeJson(in.topology, in.probeList.probes[id], in.run));
        advertises.append(
            QJsonObject{{u"node"_s, a.node},
                        {u"component"_s, a.component},
                        {u"setting"_s, a.setting},
                        {u"advertised"_s, u"%1:%2"_s.arg(a.address.toString()).arg(a.port)},
                        {u"listen_setting"_s, a.listenSetting},
                        {u"listen_port"_s, a.listenPort},
                        {u"status"_s, a.probes.isEmpty()                                 ? u"skipped"_s
                                      : firstFailure(a.probes, in.probeList, in.run) < 0 ? u"as-planned"_s
                                                                                         : u"failed"_s},
                        {u"probes"_s, probes}});
    }
    QJsonArray namespaces;
    for (const LabNamespace &ns : in.topology.namespaces) {
        QJsonArray addresses;
        for (const QHostAddress &a : ns.addresses())
            addresses.append(a.toString());
        namespaces.append(QJsonObject{{u"id"_s, ns.id},
                                      {u"label"_s, ns.label},
                                      {u"role"_s, labRoleName(ns.role)},
                                      {u"addresses"_s, addresses}});
    }
    QJsonObject o{{u"project"_s, in.project},
                  {u"firewall"_s, labFirewallName(in.firewall)},
                  {u"namespaces"_s, namespaces},
                  {u"notes"_s, QJsonArray::fromStringList(in.notes)},
                  {u"flows"_s, flows},
                  {u"must_nots"_s, mustNots},
                  {u"advertise"_s, advertises},
                  {u"elapsed_ms"_s, in.run.elapsedMs},
                  {u"as_planned"_s, c.allAsPlanned() && in.run.error.isEmpty() && !in.run.interrupted}};
    if (!in.run.error.isEmpty())
        o.insert(u"error"_s, in.run.error);
    return o;
}

} // namespace portolan
