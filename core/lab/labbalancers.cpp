#include "labbalancers.h"

#include "export/exporterregistry.h"
#include "export/loadbalancer/loadbalancertarget.h"

#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace portolan {

bool LabBalancers::haproxyAvailable()
{
    return !QStandardPaths::findExecutable(u"haproxy"_s).isEmpty() ||
           !QStandardPaths::findExecutable(u"haproxy"_s, {u"/usr/sbin"_s, u"/sbin"_s}).isEmpty();
}

QList<LabDaemon> LabBalancers::haproxy(const ExportInput &input, const LabTopology &topology)
{
    QList<LabDaemon> daemons;
    const Exporter *exporter = ExporterRegistry::find(u"haproxy"_s);
    if (!exporter)
        return daemons;
    const ExportResult result = exporter->generate(input);
    QList<ExportProblem> ignored;
    for (const BalancerDevice &device : LoadBalancerTarget::devices(input, &ignored)) {
        const LabNamespace *ns = topology.forElement(device.balancer->id);
        if (!ns || ns->role != LabRole::Balancer)
            continue;
        for (const ExportFile &file : result.files) {
            if (file.path.section(u'/', -1) != device.slug + u".cfg"_s)
                continue;
            // As exported, IPv6 bind and server lines included: the
            // balancer's namespace holds the plan's addresses of both families.
            LabDaemon daemon{ns->id, device.balancer->id, file.path, file.content, {}, {}, {}};
            for (const BalancerListener &l : device.select(Protocol::Tcp)) {
                daemon.ports.append(l.listener->port);
                if (l.listener->tls == TlsMode::Terminate)
                    daemon.terminatePorts.append(l.listener->port);
            }
            static const QRegularExpression crt(u" crt (\\S+)"_s);
            for (auto m = crt.globalMatch(QString::fromUtf8(file.content)); m.hasNext();) {
                const QString name = m.next().captured(1);
                if (!daemon.certificates.contains(name))
                    daemon.certificates.append(name);
            }
            daemons.append(daemon);
        }
    }
    return daemons;
}

} // namespace portolan
