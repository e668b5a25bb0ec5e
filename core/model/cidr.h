#pragma once

#include <QHostAddress>
#include <QString>

#include <optional>

namespace portolan {

// An IPv4 or IPv6 network in CIDR notation. A plain address parses as a host
// network (/32 or /128). Stored normalised (host bits cleared) so that two
// spellings of one network compare equal and serialise identically.
class Cidr
{
public:
    Cidr() = default;
    static std::optional<Cidr> parse(const QString &text);
    static Cidr host(const QHostAddress &address);

    const QHostAddress &network() const { return m_network; }
    int prefixLength() const { return m_prefix; }
    bool isIPv4() const { return m_network.protocol() == QAbstractSocket::IPv4Protocol; }
    bool isIPv6() const { return m_network.protocol() == QAbstractSocket::IPv6Protocol; }
    bool isHost() const { return m_prefix == (isIPv4() ? 32 : 128); }
    bool isAny() const { return m_prefix == 0; }
    bool isNull() const { return m_network.isNull(); }

    bool contains(const QHostAddress &address) const;
    bool contains(const Cidr &other) const;
    bool overlaps(const Cidr &other) const;

    QString toString() const;

    friend bool operator==(const Cidr &a, const Cidr &b)
    {
        return a.m_prefix == b.m_prefix && a.m_network == b.m_network;
    }
    friend bool operator<(const Cidr &a, const Cidr &b);

private:
    QHostAddress m_network;
    int m_prefix = -1;
};

using CidrList = QList<Cidr>;

// Strict address parsing for every address a file can hold. QHostAddress
// also takes inet_aton shorthand ("10.1" = 10.0.0.1, "010.0.0.1" = 8.0.0.1
// in octal), which in a firewall plan would silently change an address; here
// IPv4 must be four decimal octets, and scope ids are refused.
bool parseHostAddress(const QString &text, QHostAddress *out);

} // namespace portolan

// An address (Qt's shared d-pointer) and a prefix length: movable as bytes,
// so lists of networks grow by realloc.
Q_DECLARE_TYPEINFO(portolan::Cidr, Q_RELOCATABLE_TYPE);
