#include "networkreadme.h"

#include "export/loadbalancer/loadbalancertarget.h"
#include "gatewaytarget.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

// The files of the network targets whose name is the device's slug.
// Gateway devices and load balancers are slugged apart: `gateway` picks
// the gateway-* targets or the others.
QStringList filesOf(const QString &slug, bool gateway, const QList<const Exporter *> &exporters,
                    const QList<ExportResult> &results)
{
    QStringList out;
    for (qsizetype i = 0; i < exporters.size(); ++i) {
        if (exporters[i]->family() != u"network"_s || !results[i].ok() ||
            exporters[i]->id().startsWith(u"gateway-"_s) != gateway)
            continue;
        for (const ExportFile &f : results[i].files) {
            const QString name = f.path.section(u'/', -1);
            if (name.section(u'.', 0, 0) == slug)
                out.append(u'`' + f.path + u'`');
        }
    }
    return out;
}

} // namespace

QStringList NetworkReadme::section(const ExportInput &input, const QList<const Exporter *> &exporters,
                                   const QList<ExportResult> &results)
{
    if (std::none_of(exporters.cbegin(), exporters.cend(),
                     [](const Exporter *e) { return e->family() == u"network"_s; }))
        return {};
    QList<ExportProblem> ignored; // each target lists its own problems
    QStringList firewalls, nats, balancers;
    for (const GatewayDevice &d : GatewayTarget::devices(input, &ignored)) {
        const QStringList files = filesOf(d.slug, true, exporters, results);
        const QString line = u"- "_s + d.title + u": "_s +
                             (files.isEmpty() ? tr("no file from the chosen targets") : files.join(u", "_s));
        (d.isFirewall() ? firewalls : nats).append(line);
    }
    for (const BalancerDevice &d : LoadBalancerTarget::devices(input, &ignored)) {
        const QStringList files = filesOf(d.slug, false, exporters, results);
        balancers.append(u"- "_s + d.title + u": "_s +
                         (files.isEmpty() ? tr("no file from the chosen targets") : files.join(u", "_s)));
    }
    QStringList md;
    md << QString() << tr("## Network devices: which device gets which file") << QString()
       << tr("Each file is for one device; pick the target (nftables, iptables, pf, HAProxy) the device "
             "runs. "
             "Apply in this order, so that nothing is reachable before it is filtered:")
       << QString() << tr("1. Host firewalls of the nodes (the host sections below).")
       << tr("2. Boundary firewalls: the forward rules, default drop.")
       << tr("3. NAT layers: the translations. A router that is both a firewall and a NAT layer loads both "
             "of its "
             "files (nftables and iptables files replace only their own table; pf: see its section).")
       << tr("4. Load balancers, once the firewalls let their traffic through.");
    md << QString() << tr("Boundary firewalls:") << QString();
    md << (firewalls.isEmpty() ? QStringList{tr("- none in the plan")} : firewalls);
    md << QString() << tr("NAT layers:") << QString();
    md << (nats.isEmpty() ? QStringList{tr("- none in the plan")} : nats);
    md << QString() << tr("Load balancers:") << QString();
    md << (balancers.isEmpty() ? QStringList{tr("- none in the plan")} : balancers);
    return md;
}

} // namespace portolan
