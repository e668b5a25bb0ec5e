#pragma once

#include "reviewcontext.h"

#include <QCoreApplication>

namespace portolan {

// One remote party of a NAT-sensitive port: a peer node or a client.
struct NatRemote
{
    ElementId element;
    ElementId zone;
};

// The remotes of one port in one zone, and whether a NAT stands between
// them and the node. Kept per zone, not per remote: every member of a large
// cluster has every other as a remote, and a list per member was n² entries.
struct NatRemoteGroup
{
    ElementId zone;
    const NatLayer *nat = nullptr; // null = reaches the node directly
};

// One NAT-sensitive port (a catalog port with `nat` behaviour) on one node:
// what it listens on, what it advertises, who must reach it and how, and
// what it should listen on and advertise instead.
struct NatAnalysis
{
    enum class Advertised
    {
        Setting,
        AutoDetect,
        ExternalIp,
        Unknown
    };

    const Node *node = nullptr;
    const ComponentInstance *instance = nullptr;
    const PortDef *port = nullptr;
    const NatBehaviour *nat = nullptr;
    ResolvedPort listen;
    bool hasListen = false;
    // Zones of the remotes, each once, in the order of their first remote.
    QList<NatRemoteGroup> remoteGroups;
    // The remotes themselves, in order: shared by every member of a cluster
    // (the list holds the whole cluster; remoteElements() leaves the node
    // itself out, or puts a group node last, as its own peer).
    QList<NatRemote> remoteSource;
    qsizetype remoteSkip = -1;                // index of the node itself in remoteSource
    bool remoteSelfLast = false;              // a group node is its own peer (its hosts reach each other)
    const NatLayer *natLayer = nullptr;       // the NAT in front of the node for the remotes outside it
    QList<const NatMapping *> mappingsToNode; // mappings of natLayer that forward to this node
    const NatMapping *chosenMapping =
        nullptr; // best mapping for the port (covers the listen port if one does)

    Advertised advertisedFrom = Advertised::Unknown;
    QHostAddress advertisedAddress;
    int advertisedPort = 0;

    QHostAddress proposedListenAddress;
    PortRange proposedListenPorts;
    QHostAddress proposedAdvertiseAddress;
    int proposedAdvertisePort = 0;

    bool multiHomed() const;
    // Addresses of the node every direct remote can reach.
    QList<QHostAddress> reachableAddresses(const Topology &topology) const;
    bool mappingCovers(const NatMapping &mapping) const;
    int outsidePortFor(const NatMapping &mapping) const; // the outside port that reaches the listen port
    bool hasRemotes() const { return !remoteGroups.isEmpty(); }
    bool hasDirectRemotes() const;
    bool hasNatRemotes() const;
    QList<NatRemoteGroup> directRemotes() const;
    QList<NatRemoteGroup> natRemotes() const;
    // Every remote once, in order; linear in their number (the lab probes each).
    QList<ElementId> remoteElements() const;
    QString remoteZones(const QList<NatRemoteGroup> &groups) const; // "dc1, dc3"
    // Values to paste: "192.168.23.45:80", "192.168.10.5:9000"; empty when there is none.
    QString proposedListenValue() const;
    QString proposedAdvertiseValue() const;
    QString advertisedValue() const;
};

class NatAnalyzer
{
    Q_DECLARE_TR_FUNCTIONS(NatAnalyzer)
public:
    // One entry per node and NAT-sensitive port, in project order. The list
    // points into `context`, which must outlive it. Computed once per
    // context (ReviewContext::natAnalyses) however often it is asked for.
    static QList<NatAnalysis> analyze(const ReviewContext &context);
    // The computation itself; ReviewContext caches it.
    static QList<NatAnalysis> compute(const ReviewContext &context);
};

QString formatEndpoint(const QHostAddress &address, int port);
// Neither null nor a wildcard (0.0.0.0, ::).
bool isSpecificAddress(const QHostAddress &address);

} // namespace portolan
