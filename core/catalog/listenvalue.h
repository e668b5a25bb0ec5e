#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace portolan {

// One entry of a Kong-style listen setting: "0.0.0.0:8443 http2 ssl".
struct ListenEntry
{
    QHostAddress address; // Any / AnyIPv6 for 0.0.0.0 / [::]
    int port = 0;
    QStringList flags; // ssl, http2, transparent, reuseport, backlog=N, ...
    bool hasFlag(const QString &flag) const { return flags.contains(flag); }
};

// Parses Kong listen syntax: a comma-separated list of "address:port flags",
// or "off". IPv6 addresses go in brackets. Returns nullopt on anything else,
// with a reason.
std::optional<QList<ListenEntry>> parseListenValue(const QString &text, QString *reason = nullptr);
// "192.168.10.5:9000" or "[2001:db8::1]:9000"
std::optional<ListenEntry> parseAddressPort(const QString &text, QString *reason = nullptr);
QString formatAddressPort(const QHostAddress &address, int port);

} // namespace portolan
