#include "packetspace.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portolan {

int IpProto::byName(const QString &name)
{
    // One table for both rules readers: the names of /etc/protocols that
    // the rules tools print for the protocols a port plan meets. Both print
    // protocol 4 (IP in IP) as "ipencap"; "ipip" is 94.
    static const QHash<QString, int> names{
        {u"tcp"_s, Tcp},       {u"udp"_s, Udp},   {u"icmp"_s, Icmp},   {u"ipv6-icmp"_s, Icmpv6},
        {u"icmpv6"_s, Icmpv6}, {u"sctp"_s, Sctp}, {u"udplite"_s, 136}, {u"esp"_s, 50},
        {u"ah"_s, 51},         {u"gre"_s, 47},    {u"igmp"_s, 2},      {u"ipencap"_s, 4},
        {u"ipip"_s, 94},
    };
    return names.value(name, -1);
}

namespace {

AddressValue valueOf(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return address.toIPv4Address();
    const Q_IPV6ADDR bytes = address.toIPv6Address();
    AddressValue v = 0;
    for (int i = 0; i < 16; ++i)
        v = (v << 8) | bytes[i];
    return v;
}

QHostAddress addressOf(AddressValue v, IpFamily family)
{
    if (family == IpFamily::IPv4)
        return QHostAddress(static_cast<quint32>(v));
    Q_IPV6ADDR bytes;
    for (int i = 15; i >= 0; --i) {
        bytes[i] = static_cast<quint8>(v & 0xff);
        v >>= 8;
    }
    return QHostAddress(bytes);
}

int bitsOf(IpFamily family)
{
    return family == IpFamily::IPv4 ? 32 : 128;
}

// 2^bits - 1 without shifting by the type's width.
AddressValue lowMask(int bits)
{
    if (bits <= 0)
        return 0;
    if (bits >= 128)
        return ~AddressValue(0);
    return (AddressValue(1) << bits) - 1;
}

} // namespace

AddressValue Addresses::maxValue(IpFamily family)
{
    return lowMask(bitsOf(family));
}

AddressSet Addresses::of(const Cidr &cidr)
{
    if (cidr.isNull())
        return {};
    const int bits = cidr.isIPv4() ? 32 : 128;
    const AddressValue from = valueOf(cidr.network());
    return AddressSet(from, from | lowMask(bits - cidr.prefixLength()));
}

AddressSet Addresses::of(const CidrList &cidrs, IpFamily family)
{
    AddressSet s;
    for (const Cidr &c : cidrs)
        if (family == IpFamily::IPv4 ? c.isIPv4() : c.isIPv6())
            s = s.united(of(c));
    return s;
}

QStringList Addresses::cidrs(const AddressSet &set, IpFamily family)
{
    const int bits = bitsOf(family);
    QStringList out;
    for (auto [from, to] : set.intervals()) {
        while (true) {
            // The largest aligned block starting at `from` that fits.
            int size = 0;
            while (size < bits) {
                const AddressValue mask = lowMask(size + 1);
                if ((from & mask) != 0 || (from | mask) > to)
                    break;
                ++size;
            }
            out.append(addressOf(from, family).toString() + u'/' + QString::number(bits - size));
            const AddressValue last = from | lowMask(size);
            if (last >= to)
                break;
            from = last + 1;
        }
    }
    return out;
}

PacketBox PacketBox::all(IpFamily family)
{
    return {ProtocolSet(0, 255), PortSet(0, 65535), PortSet(0, 65535), Addresses::all(family),
            Addresses::all(family)};
}

bool PacketBox::isEmpty() const
{
    return protocols.isEmpty() || dports.isEmpty() || sports.isEmpty() || peers.isEmpty() || locals.isEmpty();
}

PacketBox PacketBox::intersected(const PacketBox &o) const
{
    return {protocols.intersected(o.protocols), dports.intersected(o.dports), sports.intersected(o.sports),
            peers.intersected(o.peers), locals.intersected(o.locals)};
}

QList<PacketBox> PacketBox::subtracted(const PacketBox &o) const
{
    const PacketBox common = intersected(o);
    if (common.isEmpty())
        return isEmpty() ? QList<PacketBox>{} : QList<PacketBox>{*this};
    // Peel one dimension at a time: the part outside o in dimension i, with
    // the dimensions before i already cut to o. The pieces are disjoint.
    QList<PacketBox> out;
    PacketBox rest = *this;
    auto peel = [&](auto member) {
        PacketBox outside = rest;
        outside.*member = (rest.*member).subtracted(o.*member);
        if (!outside.isEmpty())
            out.append(outside);
        rest.*member = (rest.*member).intersected(o.*member);
    };
    peel(&PacketBox::protocols);
    peel(&PacketBox::dports);
    peel(&PacketBox::sports);
    peel(&PacketBox::peers);
    peel(&PacketBox::locals);
    return out;
}

bool PacketBox::isSubsetOf(const PacketBox &o) const
{
    return isEmpty() ||
           (protocols.isSubsetOf(o.protocols) && dports.isSubsetOf(o.dports) && sports.isSubsetOf(o.sports) &&
            peers.isSubsetOf(o.peers) && locals.isSubsetOf(o.locals));
}

void PacketSpace::add(const PacketSpace &o)
{
    for (const PacketBox &box : o.m_boxes) {
        PacketSpace fresh(box);
        for (const PacketBox &mine : m_boxes)
            fresh = fresh.subtracted(mine);
        m_boxes.append(fresh.m_boxes);
    }
}

PacketSpace PacketSpace::intersected(const PacketBox &box) const
{
    PacketSpace s;
    for (const PacketBox &mine : m_boxes) {
        const PacketBox common = mine.intersected(box);
        if (!common.isEmpty())
            s.m_boxes.append(common);
    }
    return s;
}

PacketSpace PacketSpace::intersected(const PacketSpace &o) const
{
    PacketSpace s;
    for (const PacketBox &box : o.m_boxes)
        s.m_boxes.append(intersected(box).m_boxes); // o's boxes are disjoint
    return s;
}

PacketSpace PacketSpace::subtracted(const PacketBox &box) const
{
    PacketSpace s;
    for (const PacketBox &mine : m_boxes)
        s.m_boxes.append(mine.subtracted(box));
    return s;
}

PacketSpace PacketSpace::subtracted(const PacketSpace &o) const
{
    PacketSpace s = *this;
    for (const PacketBox &box : o.m_boxes)
        s = s.subtracted(box);
    return s;
}

void BoxIndex::insert(const PacketBox &box, qsizetype payload)
{
    if (box.dports.isEmpty())
        return; // meets nothing
    const int low = box.dports.intervals().first().first;
    const int high = box.dports.intervals().last().second;
    if (high - low > WideSpan)
        m_wide.append({{low, high}, payload});
    else
        m_narrow.emplace(low, Entry{high, payload});
}

void BoxIndex::collect(const PacketBox &box, QList<qsizetype> *out) const
{
    if (box.dports.isEmpty())
        return;
    const int low = box.dports.intervals().first().first;
    const int high = box.dports.intervals().last().second;
    for (const auto &[range, payload] : m_wide)
        if (range.first <= high && low <= range.second)
            out->append(payload);
    // A narrow box starts at most WideSpan before the ports it reaches.
    for (auto it = m_narrow.lower_bound(low - WideSpan); it != m_narrow.end() && it->first <= high; ++it)
        if (low <= it->second.high)
            out->append(it->second.payload);
}

QList<qsizetype> BoxIndex::candidates(const PacketBox &box) const
{
    QList<qsizetype> out;
    collect(box, &out);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

QList<qsizetype> BoxIndex::candidates(const PacketSpace &space) const
{
    QList<qsizetype> out;
    for (const PacketBox &box : space.boxes())
        collect(box, &out);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

QString describePorts(const PortSet &ports)
{
    QStringList parts;
    for (const auto &[from, to] : ports.intervals())
        parts.append(from == to ? QString::number(from) : QString::number(from) + u'-' + QString::number(to));
    return parts.join(u',');
}

QString describeProtocols(const ProtocolSet &protocols)
{
    if (protocols == ProtocolSet(0, 255))
        return u"any protocol"_s;
    auto name = [](int p) {
        switch (p) {
        case IpProto::Tcp:
            return u"tcp"_s;
        case IpProto::Udp:
            return u"udp"_s;
        case IpProto::Icmp:
            return u"icmp"_s;
        case IpProto::Icmpv6:
            return u"icmpv6"_s;
        case IpProto::Sctp:
            return u"sctp"_s;
        default:
            return QString(u"proto "_s + QString::number(p));
        }
    };
    QStringList parts;
    for (const auto &[from, to] : protocols.intervals()) {
        // Name the well-known protocols inside a range; the rest as numbers.
        int start = from;
        for (int p = from; p <= to; ++p) {
            if (name(p).startsWith(u"proto "_s))
                continue;
            if (start < p)
                parts.append(start == p - 1
                                 ? name(start)
                                 : u"proto "_s + QString::number(start) + u'-' + QString::number(p - 1));
            parts.append(name(p));
            start = p + 1;
        }
        if (start <= to)
            parts.append(start == to ? name(start)
                                     : u"proto "_s + QString::number(start) + u'-' + QString::number(to));
    }
    return parts.join(u'+');
}

namespace {

// "10.0.0.0/8", or "all but 192.168.1.128/25" when that is shorter: a set
// that is everything except a few networks reads better by what it lacks.
QString describeAddresses(const AddressSet &set, IpFamily family)
{
    const QStringList in = Addresses::cidrs(set, family);
    const AddressSet missing = Addresses::all(family).subtracted(set);
    if (!missing.isEmpty() && in.size() > 2) {
        const QStringList out = Addresses::cidrs(missing, family);
        if (out.size() < in.size())
            return u"all but "_s + out.join(u',');
    }
    return in.join(u',');
}

} // namespace

QString describeBox(const PacketBox &box, IpFamily family, bool peerIsSource)
{
    const QString peers = describeAddresses(box.peers, family);
    QString what = describeProtocols(box.protocols);
    if (box.dports != PortSet(0, 65535)) {
        const bool icmp = box.protocols == ProtocolSet(IpProto::Icmp, IpProto::Icmp) ||
                          box.protocols == ProtocolSet(IpProto::Icmpv6, IpProto::Icmpv6);
        what += (icmp ? u" type "_s : u" "_s) + describePorts(box.dports);
    }
    if (box.sports != PortSet(0, 65535))
        what += u" from port "_s + describePorts(box.sports);
    QString text = peerIsSource ? peers + u" -> "_s + what : what + u" -> "_s + peers;
    if (box.locals != Addresses::all(family))
        text += (peerIsSource ? u" on "_s : u" from "_s) + describeAddresses(box.locals, family);
    return text;
}

} // namespace portolan
