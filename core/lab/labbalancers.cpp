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
            LabDaemon daemon{ns->id, device.balancer->id, file.path, {}, 0, {}, {}, {}};
            // The lab's namespaces have IPv4 addresses only: HAProxy refuses
            // to start on a bind it cannot make.
            QList<QByteArray> kept;
            for (const QByteArray &line : file.content.split('\n')) {
                const QByteArray t = line.trimmed();
                if ((t.startsWith("bind [") || t.startsWith("server ")) && t.contains('[')) {
                    ++daemon.ipv6LinesLeftOut;
                    continue;
                }
                kept << line;
            }
            daemon.config = kept.join('\n');
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
