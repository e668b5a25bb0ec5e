#include "labaddresses.h"

using namespace Qt::StringLiterals;

namespace portolan {

LabAddresses::LabAddresses(const CidrList &planNetworks)
{
    // The internet's 0.0.0.0/0 would exclude everything.
    for (const Cidr &cidr : planNetworks)
        if (cidr.isIPv4() && !cidr.isAny())
            m_planNetworks.append(cidr);
}

void LabAddresses::reserve(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        m_used.insert(address.toIPv4Address());
}

bool LabAddresses::isPrivate(const QHostAddress &address)
{
    // RFC 1918, shared address space, loopback, link-local; the
    // documentation ranges stand for public addresses (docs/derivation.md).
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
    if (!cidr.isIPv4())
        return {};
    const quint32 base = cidr.network().toIPv4Address();
    const quint64 size = quint64(1) << (32 - cidr.prefixLength());
    if (size == 1) {
        if (m_used.contains(base))
            return {};
        m_used.insert(base);
        return QHostAddress(base);
    }
    // Skip the network and broadcast addresses; cap the search so a /8
    // never costs a scan of millions.
    const quint64 usable = size - 2;
    for (quint64 i = 0; i < usable && i < 65536; ++i) {
        const quint32 candidate = downwards ? quint32(base + size - 2 - i) : quint32(base + 1 + i);
        if (m_used.contains(candidate))
            continue;
        bool inPlan = false;
        for (const Cidr &net : m_planNetworks)
            if (avoidPlan && net.contains(QHostAddress(candidate)))
                inPlan = true;
        if (inPlan)
            continue;
        m_used.insert(candidate);
        return QHostAddress(candidate);
    }
    return {};
}

QHostAddress LabAddresses::pickInside(const CidrList &cidrs)
{
    for (const Cidr &cidr : cidrs) {
        if (!cidr.isIPv4() || cidr.isAny())
            continue;
        const QHostAddress picked = pickFrom(cidr, true, false);
        if (!picked.isNull())
            return picked;
    }
    return {};
}

QHostAddress LabAddresses::pickPublic()
{
    for (const auto *text : {"198.51.100.0/24", "203.0.113.0/24", "192.0.2.0/24"}) {
        const QHostAddress picked = pickFrom(*Cidr::parse(QString::fromLatin1(text)), true, true);
        if (!picked.isNull())
            return picked;
    }
    return {};
}

QHostAddress LabAddresses::pickTransit()
{
    for (const auto *text : {"100.127.0.0/16", "100.126.0.0/16", "169.254.0.0/16"}) {
        const QHostAddress picked = pickFrom(*Cidr::parse(QString::fromLatin1(text)), false, true);
        if (!picked.isNull())
            return picked;
    }
    return {};
}

} // namespace portolan
