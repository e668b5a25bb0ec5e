#pragma once

#include "labtopology.h"

#include "derive/ruleset.h"
#include "model/project.h"

#include <QMap>

namespace portolan {

// One packet exchange the lab sends: from a namespace and address to the
// address:port the source really uses (a NAT's outside address, a
// balancer's front port), answered, if all goes as planned, by a listener in
// `answerNamespace` on `answerPort` (the port the packet arrives on).
struct LabProbe
{
    enum class Kind
    {
        Flow,
        MustNot,
        Advertise
    };
    int id = 0;
    Kind kind = Kind::Flow;
    int flow = -1;      // index into LabProbeList::flows (Flow kind)
    int advertise = -1; // index into LabProbeList::advertises (Advertise kind)
    QString category;   // must-nots: why it must stay closed (translated)
    QString sourceNamespace;
    QHostAddress source;
    Protocol protocol = Protocol::Tcp;
    QHostAddress target;
    int port = 0;
    QString answerNamespace;
    int answerPort = 0;
    bool expectOpen = true;
    bool tls = false; // through a TLS-terminating HAProxy listener: speak TLS
    QStringList path; // namespace ids the packet crosses, source first
    friend bool operator==(const LabProbe &, const LabProbe &) = default;
};

// A derived flow as the lab rehearses it.
struct LabFlow
{
    QString key;     // Flow::key()
    QString title;   // "kong-a -> kong-b tcp 80 (kong-0.x/node cluster)"
    QString skipped; // why the lab does not probe it (empty = probed)
    QList<int> probes;
};

// What a NAT-sensitive node tells its peers to connect to (Kong 0.x
// `cluster_advertise`) and the port it listens on (`cluster_listen`): the
// lab's advertise proof sends from each peer to the advertised
// address:port and expects the answer on the listen port.
struct LabAdvertise
{
    ElementId node;
    QString component; // "kong-0.x/node"
    QString setting;   // "cluster_advertise"
    QString listenSetting;
    QHostAddress address; // advertised
    int port = 0;
    QHostAddress listenAddress;
    int listenPort = 0;
    QList<Protocol> protocols;
    QList<ElementId> peers; // who connects to the advertised address
    QList<int> probes;
    friend bool operator==(const LabAdvertise &, const LabAdvertise &) = default;
};

// A destination NAT the lab applies in a namespace (a NAT layer's static
// mapping, or a balancer's listener while a stand-in forwards it):
// packets to address:port arrive at toAddress:toPort.
struct LabTranslation
{
    QString namespaceId;
    ElementId element;
    Protocol protocol = Protocol::Tcp;
    QHostAddress address;
    PortRange ports;
    QHostAddress toAddress;
    int toPort = 0;         // first port of the target range
    QHostAddress sourceNat; // a balancer proxies: the node sees this source
    friend bool operator==(const LabTranslation &, const LabTranslation &) = default;
};

struct LabProbeList
{
    QList<LabFlow> flows;
    QList<LabAdvertise> advertises;
    QList<LabProbe> probes;
    QList<LabTranslation> translations;
    QMap<QString, QList<int>> listeners; // namespace id -> ports listened on (tcp and udp)
    // namespace id -> TCP ports whose listener answers TLS (LabSession: the plan's TLS ports)
    QMap<QString, QList<int>> tlsListeners;
    QStringList notes;
};

// Which probes prove a plan in its lab, and what each must give. Pure.
class LabProbeLister
{
public:
    // `only`, when not empty, keeps the flows whose title or key contains it
    // (and no must-nots): `portolan-cli lab --only`. `proxied`: per balancer
    // namespace, the TCP front ports a proxy serves (HAProxy), which may
    // forward between families (IPv6 in, IPv4 to the hosts); the nft
    // stand-in translates within one family only.
    static LabProbeList list(const Project &project, const Derivation &derived, const LabTopology &topology,
                             const QString &only = {}, const QMap<QString, QList<int>> &proxied = {});
    // The namespaces a packet from `from` to address:port crosses, by the
    // topology's routes and the plan's translations; ends where it is
    // delivered (the last entry owns the final address) or where no route
    // leads on. `finalAddress`/`finalPort` give what it arrives as.
    static QStringList walk(const LabTopology &topology, const QList<LabTranslation> &translations,
                            const QString &from, Protocol protocol, QHostAddress address, int port,
                            QHostAddress *finalAddress = nullptr, int *finalPort = nullptr);
};

} // namespace portolan
