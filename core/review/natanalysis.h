#pragma once

#include "reviewcontext.h"

#include <QCoreApplication>

#include <iterator>
#include <memory>

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

// The zones of one port's remotes as seen from every node in one set of
// NATs (Topology::natsHolding), in the order of their first remote: shared
// by all the members of a cluster that sit behind the same NATs.
struct NatRemoteZoneSet
{
    QList<NatRemoteGroup> groups;
    QList<qsizetype> first, second;    // per group: index of its first and second remote, -1 if none
    QHash<ElementId, qsizetype> index; // zone -> group
    QHash<ElementId, qsizetype> directPerConnection; // Topology::connectedGroup -> direct groups in it
    qsizetype direct = 0;                            // groups without a NAT
    const NatLayer *firstNat = nullptr;              // the NAT of the first group behind one
};

// One node's remote zones: the shared set with the node's own zone moved or
// left out, as its own remotes place it. A view, so that a cluster over
// thousands of zones does not copy their list per member (members x zones,
// issue 20); random access in O(1).
class NatRemoteZones
{
public:
    class const_iterator
    {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = NatRemoteGroup;
        using difference_type = qsizetype;
        using pointer = const NatRemoteGroup *;
        using reference = const NatRemoteGroup &;
        const_iterator() = default;
        const_iterator(const NatRemoteZones *zones, qsizetype at) : m_zones(zones), m_at(at) {}
        reference operator*() const { return m_zones->at(m_at); }
        pointer operator->() const { return &m_zones->at(m_at); }
        const_iterator &operator++()
        {
            ++m_at;
            return *this;
        }
        const_iterator operator++(int)
        {
            const_iterator before = *this;
            ++m_at;
            return before;
        }
        friend bool operator==(const const_iterator &, const const_iterator &) = default;

    private:
        const NatRemoteZones *m_zones = nullptr;
        qsizetype m_at = 0;
    };

    NatRemoteZones() = default;
    // `skip`: the group left out (-1 none); `insertAt`: the position in the
    // shared list before which `inserted` stands (-1 none, the list's size
    // for the end).
    NatRemoteZones(std::shared_ptr<const NatRemoteZoneSet> set, qsizetype skip, qsizetype insertAt,
                   NatRemoteGroup inserted);

    qsizetype size() const;
    bool isEmpty() const { return size() == 0; }
    const NatRemoteGroup &at(qsizetype i) const;
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, size()}; }
    const_iterator cbegin() const { return begin(); }
    const_iterator cend() const { return end(); }

    // Counts without walking the zones.
    qsizetype directCount() const;
    bool hasNat() const { return m_set && m_set->firstNat; }
    const NatLayer *firstNat() const { return m_set ? m_set->firstNat : nullptr; }
    // Direct groups whose zones Topology::connected() joins to `zone`.
    qsizetype directConnectedTo(const Topology &topology, const ElementId &zone) const;

private:
    std::shared_ptr<const NatRemoteZoneSet> m_set;
    qsizetype m_skip = -1;
    qsizetype m_insertAt = -1; // in the list without `m_skip`
    NatRemoteGroup m_inserted;
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
    NatRemoteZones remoteGroups;
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
