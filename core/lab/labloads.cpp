#include "labloads.h"

#include "export/exporterregistry.h"
#include "export/host/hosttarget.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

// The context lupdate files these strings under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LabLoads)
};

QString ports(const PortRange &range)
{
    return range.isSingle() ? QString::number(range.from) : u"%1-%2"_s.arg(range.from).arg(range.to);
}

// `dnat to` for one translation; a range mapped onto the same ports keeps
// them, a single port maps to a single port.
QString dnatStatement(const LabTranslation &t)
{
    const QString match =
        u"ip daddr %1 %2 dport %3"_s.arg(t.address.toString(), protocolName(t.protocol), ports(t.ports));
    if (t.ports.from == t.toPort && !t.ports.isSingle())
        return match + u" dnat to "_s + t.toAddress.toString();
    return match + u" dnat to %1:%2"_s.arg(t.toAddress.toString()).arg(t.toPort);
}

QByteArray natTable(const QStringList &prerouting, const QStringList &postrouting)
{
    QStringList out{u"table ip portolan_lab {"_s, u"  chain prerouting {"_s,
                    u"    type nat hook prerouting priority dstnat; policy accept;"_s};
    for (const QString &line : prerouting)
        out << u"    "_s + line;
    out << u"  }"_s << u"  chain postrouting {"_s
        << u"    type nat hook postrouting priority srcnat; policy accept;"_s;
    for (const QString &line : postrouting)
        out << u"    "_s + line;
    out << u"  }"_s << u"}"_s << QString();
    return out.join(u'\n').toUtf8();
}

} // namespace

QString labFirewallName(LabFirewall firewall)
{
    return firewall == LabFirewall::Iptables ? u"iptables"_s : u"nftables"_s;
}

QList<LabLoad> LabLoads::hostRules(const ExportInput &input, const LabTopology &topology,
                                   LabFirewall firewall, QStringList *problems)
{
    const Exporter *exporter = ExporterRegistry::find(labFirewallName(firewall));
    QList<LabLoad> loads;
    if (!exporter)
        return loads;
    const ExportResult result = exporter->generate(input);
    for (const ExportProblem &p : result.problems)
        if (problems && p.severity == ExportProblem::Severity::Error)
            problems->append(p.message);
    QList<ExportProblem> ignored;
    const QString extension = firewall == LabFirewall::Iptables ? u".rules.v4"_s : u".nft"_s;
    for (const HostPoint &point : HostTarget::points(input, &ignored)) {
        const QString fileName = point.slug + extension;
        for (const ExportFile &file : result.files) {
            // Exporters put their files in a folder of their own ("iptables/").
            if (file.path != fileName && !file.path.endsWith(u'/' + fileName))
                continue;
            for (const LabNamespace &ns : topology.namespaces)
                if (ns.role == LabRole::Host && ns.element == point.ruleSet->element)
                    loads.append({ns.id, ns.element,
                                  firewall == LabFirewall::Iptables ? LabLoad::Tool::IptablesRestore
                                                                    : LabLoad::Tool::Nft,
                                  file.path, file.content, false});
        }
    }
    return loads;
}

QList<LabLoad> LabLoads::standIns(const Project &project, const LabTopology &topology,
                                  const LabProbePlan &plan, QStringList *notes)
{
    QList<LabLoad> loads;
    for (const LabNamespace &ns : topology.namespaces) {
        QStringList pre, post;
        for (const LabTranslation &t : plan.translations) {
            if (t.namespaceId != ns.id)
                continue;
            pre << dnatStatement(t);
            if (!t.sourceNat.isNull())
                post << u"ip daddr %1 %2 dport %3 ct status dnat snat to %4"_s.arg(
                    t.toAddress.toString(), protocolName(t.protocol),
                    ports(PortRange{t.toPort, t.toPort + t.ports.count() - 1}), t.sourceNat.toString());
        }
        if (ns.role == LabRole::Router) {
            if (const NatLayer *nat = project.natLayer(ns.element)) {
                if (nat->sourceNat && ns.interfaces.size() == 2) {
                    QHostAddress outside;
                    for (const QHostAddress &a : nat->outsideAddresses)
                        if (outside.isNull() && a.protocol() == QAbstractSocket::IPv4Protocol)
                            outside = a;
                    if (!outside.isNull())
                        post << u"iifname \"%1\" oifname \"%2\" snat to %3"_s.arg(
                            ns.interfaces[0].name, ns.interfaces[1].name, outside.toString());
                }
                notes->append(
                    Tr::tr("stand-in: NAT layer %1 is an nft DNAT/SNAT router built from the plan's static "
                       "mappings (no gateway export yet)")
                        .arg(nat->id));
            } else if (project.firewall(ns.element)) {
                notes->append(
                    Tr::tr("stand-in: boundary firewall %1 is a plain forwarding router (no gateway export "
                       "yet): it filters nothing")
                        .arg(ns.element));
                continue;
            } else {
                continue; // a link: a plain router by design
            }
        } else if (ns.role == LabRole::Balancer) {
            notes->append(
                Tr::tr("stand-in: load balancer %1 is nft DNAT to the first host of each listener's target, "
                   "SNAT to its own address (no balancer configuration export yet)")
                    .arg(ns.element));
        } else {
            continue;
        }
        if (!pre.isEmpty() || !post.isEmpty())
            loads.append({ns.id, ns.element, LabLoad::Tool::Nft, u"stand-in"_s, natTable(pre, post), true});
    }
    return loads;
}

} // namespace portolan
