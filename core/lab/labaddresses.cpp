#include "labaddresses.h"

#include <array>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

// `base` plus `offset`, carried over the address's bytes (big-endian).
QHostAddress plus(const QHostAddress &base, quint64 offset)
{
    if (base.protocol() == QAbstractSocket::IPv4Protocol)
        return QHostAddress(quint32(base.toIPv4Address() + offset));
    Q_IPV6ADDR bytes = base.toIPv6Address();
    for (int i = 15; i >= 0 && offset > 0; --i) {
        const quint64 sum = quint64(bytes[i]) + (offset & 0xff);
        bytes[i] = quint8(sum & 0xff);
        offset = (offset >> 8) + (sum >> 8);
    }
    return QHostAddress(bytes);
}

} // namespace

LabAddresses::LabAddresses(const CidrList &planNetworks)
{
    // The internet's 0.0.0.0/0 and ::/0 would exclude everything.
    for (const Cidr &cidr : planNetworks)
        if (!cidr.isAny())
            m_planNetworks.append(cidr);
}

void LabAddresses::reserve(const QHostAddress &address)
{
    if (!address.isNull())
        m_used.insert(address);
}

bool LabAddresses::isPrivate(const QHostAddress &address)
{
    // RFC 1918, shared address space, loopback, link-local, unique-local;
    // the documentation ranges stand for public addresses (docs/derivation.md).
    static const CidrList privateNets = [] {
        CidrList list;
        for (const auto *text : {"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10",
                                 "127.0.0.0/8", "169.254.0.0/16", "fc00::/7", "fe80::/10", "::1/128"})
            list.append(*Cidr::parse(QString::fromLatin1(text)));
        return list;
    }();
    for (const Cidr &net : privateNets)
        if (net.contains(address))
            return true;
    return false;
}

QHostAddress LabAddresses::pickFrom(const Cidr &cidr, bool downwards, bool avoidPlan)
{
    // Only the last 32 host bits are searched: an IPv6 /64 is "the highest
    // usable" within its last 2^32 addresses, which no plan runs out of.
    const int hostBits = (cidr.isIPv4() ? 32 : 128) - cidr.prefixLength();
    const quint64 size = quint64(1) << std::min(hostBits, 32);
    if (size == 1) {
        if (m_used.contains(cidr.network()))
            return {};
        m_used.insert(cidr.network());
        return cidr.network();
    }
    // Skip the network and (IPv4) broadcast addresses, and the all-ones one
    // in IPv6 too; cap the search so a /8 never costs a scan of millions.
    const quint64 usable = size - 2;
    for (quint64 i = 0; i < usable && i < 65536; ++i) {
        const QHostAddress candidate = plus(cidr.network(), downwards ? size - 2 - i : 1 + i);
        if (m_used.contains(candidate))
            continue;
        bool inPlan = false;
        for (const Cidr &net : m_planNetworks)
            if (avoidPlan && net.contains(candidate))
                inPlan = true;
        if (inPlan)
            continue;
        m_used.insert(candidate);
        return candidate;
    }
    return {};
}

QHostAddress LabAddresses::pickFromList(const char *const *texts, int count, bool downwards, bool avoidPlan)
{
    for (int i = 0; i < count; ++i) {
        const QHostAddress picked =
            pickFrom(*Cidr::parse(QString::fromLatin1(texts[i])), downwards, avoidPlan);
        if (!picked.isNull())
            return picked;
    }
    return {};
}

QHostAddress LabAddresses::pickInside(const CidrList &cidrs, Family family)
{
    for (const Cidr &cidr : cidrs) {
        if (cidr.network().protocol() != family || cidr.isAny())
            continue;
        const QHostAddress picked = pickFrom(cidr, true, false);
        if (!picked.isNull())
            return picked;
    }
    return {};
}

QHostAddress LabAddresses::pickPublic(Family family)
{
    static constexpr std::array v4{"198.51.100.0/24", "203.0.113.0/24", "192.0.2.0/24"};
    static constexpr std::array v6{"2001:db8:ffff::/64", "2001:db8:fffe::/64", "3fff:fff::/64"};
    return family == QAbstractSocket::IPv4Protocol ? pickFromList(v4.data(), int(v4.size()), true, true)
                                                   : pickFromList(v6.data(), int(v6.size()), true, true);
}

QHostAddress LabAddresses::pickTransit(Family family)
{
    static constexpr std::array v4{"100.127.0.0/16", "100.126.0.0/16", "169.254.0.0/16"};
    static constexpr std::array v6{"fd70:6c::/64", "fd70:6d::/64"};
    return family == QAbstractSocket::IPv4Protocol ? pickFromList(v4.data(), int(v4.size()), false, true)
                                                   : pickFromList(v6.data(), int(v6.size()), false, true);
}

} // namespace portolan
