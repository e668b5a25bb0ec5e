#include "haproxyexporter.h"

#include "export/rulesyntax.h"
#include "loadbalancertarget.h"

using namespace Qt::StringLiterals;

namespace portolan {

QString HaproxyExporter::title() const
{
    return tr("HAProxy (load balancer listeners)");
}

QString HaproxyExporter::applyNotes() const
{
    return tr("On each load balancer host: put the certificate and key of every TLS-terminating listener, as "
              "one "
              "PEM file named in its `crt` line, in %1 (the file's `crt-base`). Keep the current "
              "configuration "
              "(`cp /etc/haproxy/haproxy.cfg /root/haproxy.cfg.before`), check the new one (`haproxy -c -f "
              "FILE`), "
              "install it as /etc/haproxy/haproxy.cfg and reload HAProxy. Roll back by copying the saved "
              "file back "
              "and reloading. HAProxy balances TCP and HTTP only: a UDP listener (TURN/UDP, ICE) is listed "
              "under the "
              "problems and left out; balance it with nginx `stream` (`listen PORT udp;`) or the cloud's "
              "network "
              "load balancer.")
        .arg(QString::fromLatin1(CertificateDir));
}

ExportResult HaproxyExporter::generate(const ExportInput &input) const
{
    ExportResult result;
    for (const BalancerDevice &device : LoadBalancerTarget::devices(input, &result.problems)) {
        const QList<BalancerListener> tcp = device.select(Protocol::Tcp);
        for (const BalancerListener &l : device.select(Protocol::Udp))
            result.problems.append(
                {ExportProblem::Severity::Warning, u"lb:"_s + device.balancer->id,
                 tr("UDP listener on port %1 is not supported by HAProxy (TCP and HTTP only) and "
                    "was left out; use nginx stream (`listen %1 udp;`) or a network load "
                    "balancer for it.")
                     .arg(l.listener->port)});
        if (tcp.isEmpty())
            continue;
        const QString fileName = device.slug + u".cfg"_s;
        QStringList out = RuleSyntax::hashComments(LoadBalancerTarget::header(
            input, device, title(),
            {u"Check: haproxy -c -f "_s + fileName,
             u"Certificates (TLS-terminating listeners): "_s + QString::fromLatin1(CertificateDir)}));
        const int idle = device.balancer->idleTimeout > 0 ? device.balancer->idleTimeout : 60;
        out << QString() << u"global"_s << u"    log stdout format raw local0"_s
            << u"    crt-base "_s + QString::fromLatin1(CertificateDir) << QString() << u"defaults"_s
            << u"    log global"_s << u"    mode tcp"_s << u"    option tcplog"_s
            << u"    timeout connect 5s"_s << u"    timeout client "_s + QString::number(idle) + u's'
            << u"    timeout server "_s + QString::number(idle) + u's';
        for (const BalancerListener &l : tcp) {
            const bool terminate = l.listener->tls == TlsMode::Terminate;
            const QString tls = terminate ? u" ssl crt "_s + device.slug + u".pem"_s : QString();
            out << QString()
                << u"# "_s + l.comment +
                       (terminate ? u" (TLS terminated here)"_s : u" (TLS, if any, passed through)"_s)
                << u"frontend "_s + l.name;
            if (device.addresses.isEmpty())
                out << u"    bind "_s + LoadBalancerTarget::endpoint({}, l.listener->port) + tls;
            for (const QHostAddress &a : device.addresses)
                out << u"    bind "_s + LoadBalancerTarget::endpoint(a, l.listener->port) + tls;
            out << u"    default_backend "_s + l.name << QString() << u"backend "_s + l.name
                << u"    balance leastconn"_s;
            for (const BalancerServer &s : l.servers)
                out << u"    server "_s + s.name + u' ' + LoadBalancerTarget::endpoint(s.address, s.port) +
                           u" check"_s;
        }
        result.files.append({u"haproxy/"_s + fileName, (out.join(u'\n') + u'\n').toUtf8(),
                             tr("HAProxy configuration for the load balancer %1").arg(device.title), false});
    }
    return result;
}

} // namespace portolan
