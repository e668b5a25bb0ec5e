#include "loadbalancertarget.h"

#include "export/escape.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

// The port the target hosts receive, from the load balancer -> node flow
// derivation made for the listener (settings such as proxy_listen move it).
int targetPort(const Derivation &derivation, const LoadBalancer &lb, const Listener &l, Protocol protocol)
{
    for (const Flow &f : derivation.flows)
        if (f.source.kind == ElementKind::LoadBalancer && f.source.id == lb.id &&
            f.destination.id == l.targetNode && f.component == l.targetComponent && f.port == l.targetPort &&
            (f.protocol == protocol || f.protocol == Protocol::Any) && f.ports.isSingle())
            return f.ports.from;
    return 0;
}

} // namespace

QList<BalancerListener> BalancerDevice::select(Protocol protocol) const
{
    QList<BalancerListener> out;
    for (const BalancerListener &l : listeners)
        if (l.protocol == protocol)
            out.append(l);
    return out;
}

QString LoadBalancerTarget::endpoint(const QHostAddress &address, int port)
{
    if (address.isNull())
        return u':' + QString::number(port);
    const QString a = address.toString();
    return (address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + a + u']' : a) + u':' +
           QString::number(port);
}

QList<BalancerDevice> LoadBalancerTarget::devices(const ExportInput &input, QList<ExportProblem> *problems)
{
    const Project &project = input.project;
    QList<const LoadBalancer *> balancers;
    for (const LoadBalancer &lb : project.loadBalancers)
        balancers.append(&lb);
    std::stable_sort(balancers.begin(), balancers.end(), [](auto *a, auto *b) { return a->id < b->id; });
    QStringList ids;
    for (const LoadBalancer *lb : std::as_const(balancers))
        ids.append(lb->id);
    const QStringList slugs = Escape::uniqueSlugs(ids, Escape::SlugOptions{40});

    QList<BalancerDevice> devices;
    for (qsizetype i = 0; i < balancers.size(); ++i) {
        const LoadBalancer &lb = *balancers[i];
        const QString subject = u"lb:"_s + lb.id;
        auto warn = [&](const QString &message) {
            problems->append({ExportProblem::Severity::Warning, subject, message});
        };
        BalancerDevice d;
        d.balancer = &lb;
        d.slug = slugs[i];
        const QString name = lb.name.isEmpty() ? lb.id : lb.name;
        d.title = Escape::comment(name == lb.id ? name : name + u" ("_s + lb.id + u')', 120);
        d.addresses = lb.addresses;
        QSet<QString> names;
        for (const Listener &l : lb.listeners) {
            const QList<Protocol> protocols = l.protocol == Protocol::Any
                                                  ? QList<Protocol>{Protocol::Tcp, Protocol::Udp}
                                                  : QList<Protocol>{l.protocol};
            for (Protocol protocol : protocols) {
                BalancerListener bl;
                bl.listener = &l;
                bl.protocol = protocol;
                bl.name = d.slug + u'-' + protocolName(protocol) + u'-' + QString::number(l.port);
                if (names.contains(bl.name)) {
                    warn(tr("Two listeners use %1 port %2; the second was left out.")
                             .arg(protocolName(protocol))
                             .arg(l.port));
                    continue;
                }
                bl.comment =
                    Escape::comment(l.targetNode + u' ' + l.targetComponent + u' ' + l.targetPort, 200);
                const Node *node = project.node(l.targetNode);
                const int port = node ? targetPort(input.derivation, lb, l, protocol) : 0;
                if (!node || port == 0) {
                    warn(tr("The %1 listener on port %2 has no resolved target (node %3, port %4); it was "
                            "left out.")
                             .arg(protocolName(protocol))
                             .arg(l.port)
                             .arg(Escape::comment(l.targetNode, 80), Escape::comment(l.targetPort, 80)));
                    continue;
                }
                const QString nodeSlug = Escape::slug(node->id, 30);
                // One server per host (a dual-stack host is one server, on
                // its first listed address), as the balancer sees hosts.
                int named = 0;
                for (int h = 0; h < node->count; ++h) {
                    const QList<QHostAddress> host = node->hostAddresses(h);
                    if (host.isEmpty())
                        continue;
                    ++named;
                    bl.servers.append({nodeSlug + u'-' + QString::number(h + 1), host.first(), port});
                }
                if (named < node->count)
                    warn(tr("Node %1 has %2 hosts but %3 addresses: the listener on port %4 names only "
                            "those; add "
                            "the other hosts by hand.")
                             .arg(Escape::comment(node->id, 80))
                             .arg(node->count)
                             .arg(named)
                             .arg(l.port));
                if (bl.servers.isEmpty())
                    continue;
                names.insert(bl.name);
                d.listeners.append(bl);
            }
        }
        devices.append(d);
    }
    return devices;
}

QStringList LoadBalancerTarget::header(const ExportInput &input, const BalancerDevice &device,
                                       const QString &target, const QStringList &howToApply)
{
    QStringList lines{
        u"Portolan load balancer configuration, "_s + target,
        u"Project: "_s + Escape::comment(input.project.name, 120),
        u"Load balancer: "_s + device.title,
        u"Generated from the deployment plan: regenerate with portolan-cli export, do not edit by hand."_s,
    };
    const int idle = device.balancer->idleTimeout;
    lines << (idle > 0 ? u"Idle timeout: "_s + QString::number(idle) + u" s (client and server side)"_s
                       : u"Idle timeout: not stated in the plan; 60 s used"_s);
    lines << howToApply;
    return lines;
}

} // namespace portolan
