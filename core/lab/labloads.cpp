#include "labloads.h"

#include "export/exporterregistry.h"
#include "export/gateway/gatewaytarget.h"
#include "export/host/hosttarget.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

#include <optional>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

// The lab feeds each host file to `nft -f -`, where an include (a set the
// nftables exporter writes once for many hosts) has no folder to be found
// in: put the included file's text in its place.
QByteArray withIncludes(const QByteArray &content, const QString &path, const QList<ExportFile> &files)
{
    if (!content.contains("\tinclude \""))
        return content;
    const QString folder = path.left(path.lastIndexOf(u'/') + 1);
    QByteArray out;
    for (const QByteArray &line : content.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.startsWith("include \"") && trimmed.endsWith('"')) {
            const QString included = folder + QString::fromUtf8(trimmed.mid(9, trimmed.size() - 10));
            const auto file = std::find_if(files.cbegin(), files.cend(),
                                           [&](const ExportFile &f) { return f.path == included; });
            if (file != files.cend()) {
                out += file->content;
                continue;
            }
        }
        out += line + '\n';
    }
    out.chop(1); // split() gave an empty last line for the final newline
    return out;
}

// The iptables exporter writes a long peer list that many hosts share once,
// as sets/<name>.ipset, which a host file matches with `-m set --match-set
// <name>`: the sets a file names, to restore before it (its header's order).
QList<ExportFile> ipsetsOf(const QByteArray &content, const QString &path, const QList<ExportFile> &files)
{
    const QString folder = path.left(path.lastIndexOf(u'/') + 1);
    QList<ExportFile> sets;
    QSet<QString> seen;
    for (qsizetype at = content.indexOf("--match-set "); at >= 0;
         at = content.indexOf("--match-set ", at + 1)) {
        const QByteArray name = content.mid(at + 12).split(' ').first();
        const QString setPath = folder + u"sets/"_s + QString::fromUtf8(name) + u".ipset"_s;
        if (seen.contains(setPath))
            continue;
        seen.insert(setPath);
        for (const ExportFile &f : files)
            if (f.path == setPath)
                sets.append(f);
    }
    return sets;
}

// The context lupdate files these strings under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LabLoads)
};

struct FamilyFile
{
    QString target; // exporter id
    LabLoad::Tool tool;
    QString extension;
};

// The exporters whose files a `firewall` run loads, one per family where
// the family has a file of its own.
QList<FamilyFile> familyFiles(LabFirewall firewall, bool gateway)
{
    const QString prefix = gateway ? u"gateway-"_s : QString();
    if (firewall == LabFirewall::Nftables)
        return {{prefix + u"nftables"_s, LabLoad::Tool::Nft, u".nft"_s}};
    return {{prefix + u"iptables"_s, LabLoad::Tool::IptablesRestore, u".rules.v4"_s},
            {prefix + u"ip6tables"_s, LabLoad::Tool::Ip6tablesRestore, u".rules.v6"_s}};
}

QString ports(const PortRange &range)
{
    return range.isSingle() ? QString::number(range.from) : u"%1-%2"_s.arg(range.from).arg(range.to);
}

// `dnat to` for one translation; a range mapped onto the same ports keeps
// them, a single port maps to a single port.
// "ip" or "ip6": the nft family keyword for an address.
QString nftFamily(const QHostAddress &address)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol ? u"ip6"_s : u"ip"_s;
}

// An address as nft writes it before ":port" ("[2001:db8::1]" for IPv6).
QString nftAddress(const QHostAddress &address)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']'
                                                               : address.toString();
}

// `dnat to` for one translation (one family: the planner makes no other
// for a stand-in); a range mapped onto the same ports keeps them, a single
// port maps to a single port.
QString dnatStatement(const LabTranslation &t)
{
    const QString family = nftFamily(t.address);
    const QString match = u"%1 daddr %2 %3 dport %4"_s.arg(family, t.address.toString(),
                                                           protocolName(t.protocol), ports(t.ports));
    if (t.ports.from == t.toPort && !t.ports.isSingle())
        return match + u" dnat %1 to %2"_s.arg(family, t.toAddress.toString());
    return match + u" dnat %1 to %2:%3"_s.arg(family, nftAddress(t.toAddress)).arg(t.toPort);
}

QByteArray natTable(const QStringList &prerouting, const QStringList &postrouting)
{
    QStringList out{u"table inet portolan_lab {"_s, u"  chain prerouting {"_s,
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

namespace {

// One exporter's files for the lab; its errors go to `problems`.
std::optional<ExportResult> generate(const QString &target, const ExportInput &input, QStringList *problems)
{
    const Exporter *exporter = ExporterRegistry::find(target);
    if (!exporter)
        return std::nullopt;
    ExportResult result = exporter->generate(input);
    for (const ExportProblem &p : result.problems)
        if (problems && p.severity == ExportProblem::Severity::Error)
            problems->append(p.message);
    return result;
}

} // namespace

QList<LabLoad> LabLoads::hostRules(const ExportInput &input, const LabTopology &topology,
                                   LabFirewall firewall, QStringList *problems)
{
    QList<LabLoad> loads;
    QList<ExportProblem> ignored;
    const QList<HostPoint> points = HostTarget::points(input, &ignored);
    // nftables: one inet file for both families; iptables: the IPv4 file
    // (iptables-restore) and the IPv6 one (ip6tables-restore) on every host,
    // each after the shared ipsets it names.
    for (const auto &[target, tool, extension] : familyFiles(firewall, false)) {
        const std::optional<ExportResult> generated = generate(target, input, problems);
        if (!generated)
            continue;
        const ExportResult &result = *generated;
        for (const HostPoint &point : points) {
            const QString fileName = point.slug + extension;
            for (const ExportFile &file : result.files) {
                // Exporters put their files in a folder of their own ("iptables/").
                if (file.path != fileName && !file.path.endsWith(u'/' + fileName))
                    continue;
                const QList<ExportFile> ipsets = tool != LabLoad::Tool::Nft
                                                     ? ipsetsOf(file.content, file.path, result.files)
                                                     : QList<ExportFile>{};
                for (const LabNamespace &ns : topology.namespaces)
                    if (ns.role == LabRole::Host && ns.element == point.ruleSet->element) {
                        for (const ExportFile &set : ipsets)
                            loads.append({ns.id, ns.element, LabLoad::Tool::IpsetRestore, set.path,
                                          set.content, false});
                        loads.append({ns.id, ns.element, tool, file.path,
                                      withIncludes(file.content, file.path, result.files), false});
                    }
            }
        }
    }
    return loads;
}

QList<LabLoad> LabLoads::gatewayRules(const ExportInput &input, const LabTopology &topology,
                                      LabFirewall firewall, QStringList *problems)
{
    QList<LabLoad> loads;
    QList<ExportProblem> ignored;
    const QList<GatewayDevice> devices = GatewayTarget::devices(input, &ignored);
    for (const auto &[target, tool, extension] : familyFiles(firewall, true)) {
        const std::optional<ExportResult> generated = generate(target, input, problems);
        if (!generated)
            continue;
        const ExportResult &result = *generated;
        // In the order the bundle's README gives: boundary firewalls first (the
        // forward rules, default drop), then the NAT layers' translations. On a
        // router that is both, the two files load into one namespace; each
        // replaces only its own table (nft) or its own table of iptables.
        for (const bool firewalls : {true, false})
            for (const GatewayDevice &device : devices) {
                if (device.isFirewall() != firewalls)
                    continue;
                for (const ExportFile &file : result.files) {
                    // "gateway-nftables/<slug>.nft", "gateway-iptables/<slug>.rules.v4"
                    if (file.path.section(u'/', -1) != device.slug + extension)
                        continue;
                    for (const LabNamespace &ns : topology.namespaces) {
                        if (ns.role != LabRole::Router ||
                            !(firewalls ? ns.firewalls.contains(device.id) : ns.element == device.id))
                            continue;
                        loads.append({ns.id, device.id, tool, file.path, file.content, false});
                    }
                }
            }
    }
    return loads;
}

QList<LabLoad> LabLoads::standIns(const Project &project, const LabTopology &topology,
                                  const LabProbeList &probeList, const QList<LabLoad> &loaded,
                                  const QList<LabDaemon> &daemons, QStringList *notes)
{
    QMap<QString, QList<int>> served; // balancer namespace -> TCP ports its HAProxy binds
    for (const LabDaemon &d : daemons)
        served[d.namespaceId] += d.ports;
    QSet<std::pair<QString, ElementId>> covered; // namespace, device whose own file it runs
    for (const LabLoad &l : loaded)
        covered.insert({l.namespaceId, l.element});
    QList<LabLoad> loads;
    for (const LabNamespace &ns : topology.namespaces) {
        if (ns.role == LabRole::Router) {
            for (const ElementId &fw : ns.firewalls)
                if (!covered.contains({ns.id, fw}))
                    notes->append(Tr::tr("stand-in: boundary firewall %1 has no gateway file in this "
                                         "family: its router filters nothing")
                                      .arg(fw));
        }
        if (ns.role == LabRole::Router && covered.contains({ns.id, ns.element}))
            continue; // the gateway's own file is loaded there
        QStringList pre, post;
        for (const LabTranslation &t : probeList.translations) {
            if (t.namespaceId != ns.id ||
                (t.protocol == Protocol::Tcp && served.value(ns.id).contains(t.ports.from)))
                continue;
            pre << dnatStatement(t);
            if (!t.sourceNat.isNull())
                post << u"%1 daddr %2 %3 dport %4 ct status dnat snat %1 to %5"_s.arg(
                    nftFamily(t.toAddress), t.toAddress.toString(), protocolName(t.protocol),
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
                        post << u"meta nfproto ipv4 iifname \"%1\" oifname \"%2\" snat ip to %3"_s.arg(
                            ns.interfaces[0].name, ns.interfaces[1].name, outside.toString());
                }
                notes->append(
                    Tr::tr("stand-in: NAT layer %1 has no gateway file (nothing it translates in this "
                           "family): an nft DNAT/SNAT router built from the plan's static mappings")
                        .arg(nat->id));
            } else {
                continue; // a boundary firewall (said above) or a link: a plain router by design
            }
        } else if (ns.role == LabRole::Balancer && served.contains(ns.id)) {
            if (!pre.isEmpty())
                notes->append(
                    Tr::tr("stand-in: load balancer %1's UDP listeners (HAProxy serves TCP only) are "
                           "nft DNAT to the first host of each listener's target, SNAT to its own "
                           "address")
                        .arg(ns.element));
        } else if (ns.role == LabRole::Balancer) {
            notes->append(
                Tr::tr("stand-in: load balancer %1 is nft DNAT to the first host of each listener's target, "
                       "SNAT to its own address (its HAProxy file is checked by haproxy -c, not run here)")
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
