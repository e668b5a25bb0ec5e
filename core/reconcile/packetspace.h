#pragma once

#include "derive/ruleset.h"
#include "intervalset.h"

#include <QString>

#include <map>

namespace portolan {

using PortSet = IntervalSet<int>;     // 0..65535 (ICMP: the type, 0..255)
using ProtocolSet = IntervalSet<int>; // IP protocol numbers 0..255
using AddressSet = IntervalSet<AddressValue>;

namespace IpProto {
constexpr int Icmp = 1;
constexpr int Tcp = 6;
constexpr int Udp = 17;
constexpr int Icmpv6 = 58;
constexpr int Sctp = 132;

// The protocol number of a name as iptables-save and nft -j spell it
// ("tcp", "ipv6-icmp", "gre"), or -1. Case matters: callers lower it when
// their format does not.
int byName(const QString &name);
} // namespace IpProto

// Address helpers for one family.
class Addresses
{
public:
    static AddressValue maxValue(IpFamily family);
    static AddressSet all(IpFamily family) { return AddressSet(0, maxValue(family)); }
    static AddressSet of(const Cidr &cidr);                       // empty for a null Cidr
    static AddressSet of(const CidrList &cidrs, IpFamily family); // only the family's CIDRs
    // The fewest CIDRs covering exactly the set ("0.0.0.0/0", "10.0.0.0/23").
    static QStringList cidrs(const AddressSet &set, IpFamily family);
};

// A box of the packet space of one direction and family: the packets whose
// protocol, destination port, source port, peer address and local address
// are each in the set of that dimension. Ports are the ICMP type for ICMP.
// A packet filter rule's matches are a conjunction of one-dimension
// conditions (negation included), so each rule matches exactly one box.
struct PacketBox
{
    ProtocolSet protocols;
    PortSet dports;
    PortSet sports;
    AddressSet peers;
    AddressSet locals;

    static PacketBox all(IpFamily family);
    bool isEmpty() const;
    PacketBox intersected(const PacketBox &o) const;
    // this minus o as disjoint boxes (at most five).
    QList<PacketBox> subtracted(const PacketBox &o) const;
    bool isSubsetOf(const PacketBox &o) const;
    friend bool operator==(const PacketBox &, const PacketBox &) = default;
};

// A union of disjoint boxes.
class PacketSpace
{
public:
    PacketSpace() = default;
    explicit PacketSpace(const PacketBox &box)
    {
        if (!box.isEmpty())
            m_boxes.append(box);
    }
    const QList<PacketBox> &boxes() const { return m_boxes; }
    bool isEmpty() const { return m_boxes.isEmpty(); }
    void add(const PacketSpace &o); // o is made disjoint from what is here
    // o is already disjoint from what is here (a part taken from the same
    // space): no test, so n pieces gather in n steps rather than n².
    void addDisjoint(const PacketSpace &o) { m_boxes.append(o.m_boxes); }
    PacketSpace intersected(const PacketBox &box) const;
    PacketSpace intersected(const PacketSpace &o) const;
    PacketSpace subtracted(const PacketBox &box) const;
    PacketSpace subtracted(const PacketSpace &o) const;

private:
    QList<PacketBox> m_boxes;
};

// Boxes indexed by their destination ports, to find the few that can meet
// a box without testing every one: a rule set is mostly one port or a short
// range per rule, so boxes are kept sorted by their lowest port and a query
// reads a log n search and its neighbours. Boxes spanning more than
// WideSpan ports (any-port rules, policies: few) are tested every time.
// A candidate may still miss the box; a box that is not a candidate cannot
// meet it (their ports are disjoint), so skipping it is exact.
class BoxIndex
{
public:
    void insert(const PacketBox &box, qsizetype payload);
    // The payloads of the boxes that may meet `box`, ascending, each once.
    QList<qsizetype> candidates(const PacketBox &box) const;
    // The same for every box of `space`.
    QList<qsizetype> candidates(const PacketSpace &space) const;

private:
    static constexpr int WideSpan = 1024;
    struct Entry
    {
        int high;
        qsizetype payload;
    };
    void collect(const PacketBox &box, QList<qsizetype> *out) const;
    std::multimap<int, Entry> m_narrow; // by lowest port
    QList<std::pair<std::pair<int, int>, qsizetype>> m_wide;
};

// Short readable text for a box: "0.0.0.0/0 -> tcp 8001" style, peers first,
// then protocol and destination ports, then the local addresses if not all.
QString describeBox(const PacketBox &box, IpFamily family, bool peerIsSource);
QString describeProtocols(const ProtocolSet &protocols);
QString describePorts(const PortSet &ports);

} // namespace portolan
