#include "addresslist.h"

#include "model/cidr.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

// The last octet (IPv4) or 16-bit group (IPv6) and everything before it.
struct Split
{
    QByteArray head;
    int last = 0;
};

Split split(const QHostAddress &a)
{
    Split s;
    if (a.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 v = a.toIPv4Address();
        s.head = QByteArray::number(v >> 8);
        s.last = int(v & 0xff);
    } else {
        const Q_IPV6ADDR v = a.toIPv6Address();
        s.head = QByteArray(reinterpret_cast<const char *>(v.c), 14);
        s.last = (v.c[14] << 8) | v.c[15];
    }
    return s;
}

QHostAddress withLast(const QHostAddress &a, int last)
{
    if (a.protocol() == QAbstractSocket::IPv4Protocol)
        return QHostAddress((a.toIPv4Address() & 0xffffff00u) | quint32(last));
    Q_IPV6ADDR v = a.toIPv6Address();
    v.c[14] = quint8(last >> 8);
    v.c[15] = quint8(last & 0xff);
    return QHostAddress(v);
}

bool isV4(const QHostAddress &a)
{
    return a.protocol() == QAbstractSocket::IPv4Protocol;
}

// "13" after an IPv4 start (decimal octet) or "1f" after an IPv6 start (hex group).
bool parseLast(const QString &text, bool v4, int *out)
{
    static const QRegularExpression dec(u"^[0-9]{1,3}$"_s);
    static const QRegularExpression hex(u"^[0-9A-Fa-f]{1,4}$"_s);
    if (!(v4 ? dec : hex).match(text).hasMatch())
        return false;
    bool ok = false;
    *out = text.toInt(&ok, v4 ? 10 : 16);
    return ok && *out <= (v4 ? 0xff : 0xffff);
}

} // namespace

bool AddressList::parse(const QString &text, QList<QHostAddress> *out, QString *error)
{
    static const QRegularExpression separators(u"[,\\s]+"_s);
    QList<QHostAddress> list;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const qsizetype dash = part.indexOf(u'-');
        QHostAddress first;
        // The file reader's strict parse, not QHostAddress's: it would take
        // "8000" as 0.0.31.64 and keep "fe80::1%eth0", which the reader
        // then refuses, so the saved project could not be opened again.
        if (!parseHostAddress(dash < 0 ? part : part.left(dash), &first)) {
            *error = dash < 0 ? tr("'%1' is not an IPv4 or IPv6 address").arg(part)
                              : tr("'%1' does not start with an IPv4 or IPv6 address").arg(part);
            return false;
        }
        if (dash < 0) {
            list.append(first);
        } else {
            const QString end = part.mid(dash + 1);
            int last = 0;
            QHostAddress full;
            if (parseHostAddress(end, &full) && full.protocol() == first.protocol()) {
                if (split(full).head != split(first).head) {
                    *error = tr("'%1' spans more than the last %2; write it as several ranges")
                                 .arg(part, isV4(first) ? tr("octet") : tr("group"));
                    return false;
                }
                last = split(full).last;
            } else if (!parseLast(end, isV4(first), &last)) {
                *error = isV4(first)
                             ? tr("'%1' is not a range: write 10.0.0.11-13 or 10.0.0.11-10.0.0.13").arg(part)
                             : tr("'%1' is not a range: write 2001:db8::a-1f or 2001:db8::a-2001:db8::1f")
                                   .arg(part);
                return false;
            }
            const int from = split(first).last;
            if (last < from) {
                *error = tr("'%1' runs backwards: the end is below the start").arg(part);
                return false;
            }
            if (list.size() + (last - from + 1) > MaxAddresses) {
                *error = tr("'%1' makes more than %2 addresses in one field").arg(part).arg(MaxAddresses);
                return false;
            }
            for (int i = from; i <= last; ++i)
                list.append(withLast(first, i));
        }
        if (list.size() > MaxAddresses) {
            *error = tr("more than %1 addresses in one field").arg(MaxAddresses);
            return false;
        }
    }
    *out = list;
    return true;
}

QString AddressList::format(const QList<QHostAddress> &list)
{
    QStringList out;
    for (qsizetype i = 0; i < list.size();) {
        const Split start = split(list[i]);
        qsizetype j = i + 1;
        while (j < list.size() && list[j].protocol() == list[i].protocol()) {
            const Split next = split(list[j]);
            if (next.head != start.head || next.last != start.last + int(j - i))
                break;
            ++j;
        }
        if (j - i >= 3) {
            const int last = split(list[j - 1]).last;
            out.append(list[i].toString() + u'-' +
                       (isV4(list[i]) ? QString::number(last) : QString::number(last, 16)));
            i = j;
        } else {
            out.append(list[i].toString());
            ++i;
        }
    }
    return out.join(u", "_s);
}

} // namespace portolan
