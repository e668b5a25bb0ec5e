#include "cidr.h"

#include <QPair>
#include <QRegularExpression>

namespace portolan {

namespace {

QHostAddress maskedNetwork(const QHostAddress &address, int prefix)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 value = address.toIPv4Address();
        const quint32 mask = prefix == 0 ? 0u : ~quint32(0) << (32 - prefix);
        return QHostAddress(value & mask);
    }
    Q_IPV6ADDR bytes = address.toIPv6Address();
    for (int i = 0; i < 16; ++i) {
        const int bitsHere = qBound(0, prefix - i * 8, 8);
        const auto mask = static_cast<quint8>(bitsHere == 0 ? 0 : 0xff << (8 - bitsHere));
        bytes[i] = static_cast<quint8>(bytes[i] & mask);
    }
    return QHostAddress(bytes);
}

} // namespace

bool parseHostAddress(const QString &text, QHostAddress *out)
{
    static const QRegularExpression dottedQuad(
        QStringLiteral("^(0|[1-9][0-9]{0,2})(\\.(0|[1-9][0-9]{0,2})){3}$"));
    QHostAddress address;
    if (!address.setAddress(text) || !address.scopeId().isEmpty())
        return false;
    if (address.protocol() == QAbstractSocket::IPv4Protocol && !dottedQuad.match(text).hasMatch())
        return false;
    *out = address;
    return true;
}

std::optional<Cidr> Cidr::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    Cidr result;
    if (!trimmed.contains(u'/')) {
        QHostAddress address;
        // Scope ids and host names are not networks; refuse them rather than
        // guess (nft would resolve a name at load time).
        if (!parseHostAddress(trimmed, &address))
            return std::nullopt;
        return host(address);
    }
    const QString prefixText = trimmed.section(u'/', 1);
    bool ok = false;
    const int prefix = prefixText.toInt(&ok);
    if (!ok || prefixText.startsWith(u'+') || prefixText.startsWith(u'-'))
        return std::nullopt;
    QHostAddress address;
    if (!parseHostAddress(trimmed.section(u'/', 0, 0), &address))
        return std::nullopt;
    const int maxPrefix = address.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
    if (prefix < 0 || prefix > maxPrefix)
        return std::nullopt;
    result.m_network = maskedNetwork(address, prefix);
    result.m_prefix = prefix;
    return result;
}

Cidr Cidr::host(const QHostAddress &address)
{
    Cidr result;
    result.m_network = address;
    result.m_prefix = address.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
    return result;
}

bool Cidr::contains(const QHostAddress &address) const
{
    return !isNull() && address.isInSubnet(m_network, m_prefix);
}

bool Cidr::contains(const Cidr &other) const
{
    return !isNull() && !other.isNull() && other.m_prefix >= m_prefix &&
           other.m_network.protocol() == m_network.protocol() && contains(other.m_network);
}

bool Cidr::overlaps(const Cidr &other) const
{
    return contains(other) || other.contains(*this);
}

QString Cidr::toString() const
{
    if (isNull())
        return {};
    return m_network.toString() + u'/' + QString::number(m_prefix);
}

bool operator<(const Cidr &a, const Cidr &b)
{
    // IPv4 before IPv6, then by address bytes, then by prefix: a stable order
    // for generated files.
    if (a.isIPv4() != b.isIPv4())
        return a.isIPv4();
    if (a.isIPv4()) {
        if (a.m_network.toIPv4Address() != b.m_network.toIPv4Address())
            return a.m_network.toIPv4Address() < b.m_network.toIPv4Address();
    } else {
        const Q_IPV6ADDR x = a.m_network.toIPv6Address();
        const Q_IPV6ADDR y = b.m_network.toIPv6Address();
        for (int i = 0; i < 16; ++i)
            if (x[i] != y[i])
                return x[i] < y[i];
    }
    return a.m_prefix < b.m_prefix;
}

} // namespace portolan
