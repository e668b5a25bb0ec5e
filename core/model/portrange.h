#pragma once

#include <QList>
#include <QString>

namespace portolan {

enum class Protocol
{
    Tcp,
    Udp,
    Any
};

QString protocolName(Protocol protocol); // "tcp", "udp", "any"
bool parseProtocol(const QString &text, Protocol *out);
// "tcp", "udp", "any" give one; "both" (and "tcp+udp") gives tcp and udp.
bool parseProtocols(const QString &text, QList<Protocol> *out);
QString protocolsName(const QList<Protocol> &protocols); // inverse of parseProtocols

// An inclusive port range; a single port has from == to. The null range
// (from == 0) means "all ports" for protocol Any.
struct PortRange
{
    int from = 0;
    int to = 0;

    static constexpr int Min = 1;
    static constexpr int Max = 65535;

    static PortRange single(int port) { return {port, port}; }
    bool isSingle() const { return from == to; }
    bool isAll() const { return from <= Min && to >= Max; }
    bool isValid() const { return from >= Min && to <= Max && from <= to; }
    int count() const { return to - from + 1; }
    bool contains(int port) const { return port >= from && port <= to; }
    bool overlaps(const PortRange &o) const { return from <= o.to && o.from <= to; }
    // "8000" or "50000-60000"
    QString toString(QChar separator = u'-') const;
    // Accepts "8000", "50000-60000"; false on anything else (no partial parse).
    static bool parse(const QString &text, PortRange *out);

    friend bool operator==(const PortRange &, const PortRange &) = default;
    friend auto operator<=>(const PortRange &, const PortRange &) = default;
};

} // namespace portolan
