#include "addressmap.h"

#include "model/cidr.h"

namespace portolan {

std::optional<QString> AddressMap::add(const QString &entry)
{
    const QStringList parts = entry.split(u'=');
    if (parts.size() != 2)
        return tr("address map '%1' must look like 192.0.2.10=127.0.0.2 or 192.0.2.0/24=127.0.2.0/24")
            .arg(entry);
    const auto from = Cidr::parse(parts[0]);
    const auto to = Cidr::parse(parts[1]);
    if (!from || !to)
        return tr("address map '%1' has an address that cannot be read").arg(entry);
    if (from->prefixLength() != to->prefixLength() || from->isIPv4() != to->isIPv4())
        return tr("address map '%1' must map a network onto one of the same size and family").arg(entry);
    if (from->isIPv6() && !from->isHost())
        return tr("address map '%1': IPv6 maps take single addresses").arg(entry);
    m_entries.append({from->network(), to->network(), from->prefixLength()});
    return std::nullopt;
}

QHostAddress AddressMap::map(const QHostAddress &planned) const
{
    for (const Entry &e : m_entries) {
        if (!planned.isInSubnet(e.from, e.prefix))
            continue;
        if (e.from.protocol() == QAbstractSocket::IPv6Protocol)
            return e.to;
        const quint32 hostMask = e.prefix == 32 ? 0u : (~quint32(0) >> e.prefix);
        return QHostAddress((e.to.toIPv4Address() & ~hostMask) | (planned.toIPv4Address() & hostMask));
    }
    return planned;
}

} // namespace portolan
