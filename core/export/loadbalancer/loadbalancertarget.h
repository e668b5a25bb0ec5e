#pragma once

#include "export/exporter.h"

#include <QCoreApplication>

namespace portolan {

// One back-end server: a host of the listener's target node (group).
struct BalancerServer
{
    QString name; // "<node slug>-<n>", safe for any config syntax
    QHostAddress address;
    int port = 0;
};

// A listener as a proxy configuration needs it: front port and protocol,
// TLS mode, and the target hosts' addresses with the target port resolved
// by derivation (the load balancer -> node flow).
struct BalancerListener
{
    const Listener *listener = nullptr;
    Protocol protocol = Protocol::Tcp; // never Any: a both-protocol listener gives two
    QString name;                      // "<lb slug>-<protocol>-<port>", unique in the file
    QString comment;                   // sanitised: target node, component and port
    QList<BalancerServer> servers;
};

struct BalancerDevice
{
    const LoadBalancer *balancer = nullptr;
    QString slug;                  // file name part, unique in the export
    QString title;                 // sanitised "name (id)"
    QList<QHostAddress> addresses; // front addresses; empty = all of the device's
    QList<BalancerListener> listeners;
    QList<BalancerListener> select(Protocol protocol) const;
};

// What the load-balancer exporters share: the listeners of every load
// balancer, resolved through the plan's flows.
class LoadBalancerTarget
{
    Q_DECLARE_TR_FUNCTIONS(LoadBalancerTarget)
public:
    static QList<BalancerDevice> devices(const ExportInput &input, QList<ExportProblem> *problems);
    static QStringList header(const ExportInput &input, const BalancerDevice &device, const QString &target,
                              const QStringList &howToApply);
    // "203.0.113.50:443", "[2001:db8::10]:443", ":443" for a null address.
    static QString endpoint(const QHostAddress &address, int port);
};

} // namespace portolan
