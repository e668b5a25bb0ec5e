#pragma once

#include "cidr.h"

#include <QHostAddress>
#include <QString>

namespace portolan {

// Public or private, as routing on the internet sees an address
// (docs/derivation.md, "Paths"). Private: RFC 1918, 100.64.0.0/10 (shared
// address space), link-local, loopback, fc00::/7 (ULA), fe80::/10. Every
// other address is public; the documentation ranges (192.0.2.0/24,
// 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32) count as public because
// plans use them to stand for public addresses.
class AddressScope
{
public:
    enum Scope
    {
        Public,
        Private
    };

    static Scope of(const QHostAddress &address);
    // A network is private when it lies within one private range; any other
    // network (0.0.0.0/0, a public block) is public.
    static Scope of(const Cidr &cidr);
    static bool isPrivate(const QHostAddress &address) { return of(address) == Private; }
    static bool isPrivate(const Cidr &cidr) { return of(cidr) == Private; }
    // The private range holding it ("10.0.0.0/8"), empty for a public one.
    static QString privateRange(const Cidr &cidr);
    static QString name(Scope scope); // "public", "private"
};

} // namespace portolan
