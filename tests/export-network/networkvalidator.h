#pragma once

#include "../export-host/targetvalidator.h"

namespace portolan::test {

// Runs a network target's own offline validator on files written under
// `root` (paths relative to it). Gateway nftables and iptables files go to
// the host validators (`nft -c -f`, `iptables-restore --test` in a network
// namespace of their own); HAProxy files to `haproxy -c -f` with the
// certificate folder pointed at throw-away self-signed certificates; pf,
// which has no validator on Debian, to a structure check of every line.
class NetworkValidator
{
public:
    static Verdict check(const QString &target, const QString &root, const QStringList &files);
    // The pf structure check alone: every line one of the forms the gateway
    // pf target writes, addresses and ports valid, tables defined before use.
    static Verdict pfStructure(const QString &file);

private:
    static Verdict haproxy(const QString &root, const QString &file);
};

} // namespace portolan::test
