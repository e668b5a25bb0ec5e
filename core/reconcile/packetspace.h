#pragma once

#include "derive/ruleset.h"
#include "intervalset.h"

#include <QString>

namespace portolan {

using PortSet = IntervalSet<int>;          // 0..65535 (ICMP: the type, 0..255)
using ProtocolSet = IntervalSet<int>;      // IP protocol numbers 0..255
using AddressSet = IntervalSet<AddressValue>;

namespace IpProto {
constexpr int Icmp = 1;
constexpr int Tcp = 6;
constexpr int Udp = 17;
constexpr int Icmpv6 = 58;
constexpr int Sctp = 132;
} // namespace IpProto

// Address helpers for one family.
class Addresses
{
public:
    static AddressValue maxValue(IpFamily family);
    static AddressSet all(IpFamily family) { return AddressSet(0, maxValue(family)); }
    static AddressSet of(const Cidr &cidr); // empty for a null Cidr
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
    PacketSpace intersected(const PacketBox &box) const;
    PacketSpace intersected(const PacketSpace &o) const;
    PacketSpace subtracted(const PacketBox &box) const;
    PacketSpace subtracted(const PacketSpace &o) const;

private:
    QList<PacketBox> m_boxes;
};

// Short readable text for a box: "0.0.0.0/0 -> tcp 8001" style, peers first,
// then protocol and destination ports, then the local addresses if not all.
QString describeBox(const PacketBox &box, IpFamily family, bool peerIsSource);
QString describeProtocols(const ProtocolSet &protocols);
QString describePorts(const PortSet &ports);

} // namespace portolan
