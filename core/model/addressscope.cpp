#include "addressscope.h"

#include <QList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

const QList<Cidr> &privateRanges()
{
    static const QList<Cidr> ranges = [] {
        QList<Cidr> list;
        for (const QString &text :
             {u"10.0.0.0/8"_s, u"172.16.0.0/12"_s, u"192.168.0.0/16"_s, u"100.64.0.0/10"_s,
              u"169.254.0.0/16"_s, u"127.0.0.0/8"_s, u"fc00::/7"_s, u"fe80::/10"_s, u"::1/128"_s})
            list.append(*Cidr::parse(text));
        return list;
    }();
    return ranges;
}

} // namespace

AddressScope::Scope AddressScope::of(const QHostAddress &address)
{
    return of(Cidr::host(address));
}

AddressScope::Scope AddressScope::of(const Cidr &cidr)
{
    return privateRange(cidr).isEmpty() ? Public : Private;
}

QString AddressScope::privateRange(const Cidr &cidr)
{
    if (cidr.isNull())
        return {};
    Cidr plain = cidr;
    // An IPv4-mapped IPv6 address (::ffff:10.0.0.1) is the IPv4 address.
    if (cidr.isIPv6() && cidr.isHost()) {
        bool ok = false;
        const quint32 v4 = cidr.network().toIPv4Address(&ok);
        if (ok)
            plain = Cidr::host(QHostAddress(v4));
    }
    const QList<Cidr> &ranges = privateRanges();
    const auto it =
        std::find_if(ranges.cbegin(), ranges.cend(), [&](const Cidr &r) { return r.contains(plain); });
    return it == ranges.cend() ? QString() : it->toString();
}

QString AddressScope::name(Scope scope)
{
    return scope == Private ? u"private"_s : u"public"_s;
}

} // namespace portolan
