#include "listenvalue.h"

#include "model/cidr.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ListenValue)
};

} // namespace

std::optional<ListenEntry> parseAddressPort(const QString &text, QString *reason)
{
    const QString t = text.trimmed();
    QString host, portText;
    if (t.startsWith(u'[')) {
        const qsizetype close = t.indexOf(u"]:"_s);
        if (close < 0) {
            if (reason)
                *reason = Tr::tr("'%1' needs the form [IPv6]:port").arg(t);
            return std::nullopt;
        }
        host = t.mid(1, close - 1);
        portText = t.mid(close + 2);
    } else {
        const qsizetype colon = t.lastIndexOf(u':');
        if (colon < 0 || t.count(u':') != 1) {
            if (reason)
                *reason = Tr::tr("'%1' needs the form address:port").arg(t);
            return std::nullopt;
        }
        host = t.left(colon);
        portText = t.mid(colon + 1);
    }
    ListenEntry entry;
    bool ok = false;
    entry.port = portText.toInt(&ok);
    if (!ok || portText.startsWith(u'+') || entry.port < 1 || entry.port > 65535) {
        if (reason)
            *reason = Tr::tr("'%1' is not a port in 1–65535").arg(portText);
        return std::nullopt;
    }
    if (!parseHostAddress(host, &entry.address)) {
        if (reason)
            *reason = Tr::tr("'%1' is not an IP address").arg(host);
        return std::nullopt;
    }
    return entry;
}

QString formatAddressPort(const QHostAddress &address, int port)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return u'[' + address.toString() + u"]:"_s + QString::number(port);
    return address.toString() + u':' + QString::number(port);
}

std::optional<QList<ListenEntry>> parseListenValue(const QString &text, QString *reason)
{
    const QString t = text.trimmed();
    if (t == u"off"_s)
        return QList<ListenEntry>{};
    if (t.isEmpty()) {
        if (reason)
            *reason = Tr::tr("a listen value is empty; write 'off' to disable it");
        return std::nullopt;
    }
    QList<ListenEntry> entries;
    for (const QString &part : t.split(u',')) {
        const QStringList words = part.trimmed().split(u' ', Qt::SkipEmptyParts);
        if (words.isEmpty()) {
            if (reason)
                *reason = Tr::tr("an empty entry in '%1'").arg(t);
            return std::nullopt;
        }
        auto entry = parseAddressPort(words.first(), reason);
        if (!entry)
            return std::nullopt;
        entry->flags = words.mid(1);
        entries.append(*entry);
    }
    return entries;
}

} // namespace portolan
