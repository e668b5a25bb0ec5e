#include "cidrinterner.h"

#include <algorithm>
#include <tuple>
#include <vector>

namespace portolan {

CidrInterner::CidrInterner()
{
    internNormalized({}); // id 0: the empty set
}

CidrList CidrInterner::normalized(const CidrList &list, IpFamily family)
{
    // Sorted as Cidr's operator< sorts one family (address bytes, then
    // prefix), but on integer keys taken once per member: comparing through
    // QHostAddress on every step made this sort most of a rule set's union.
    struct Keyed
    {
        quint64 high, low;
        int prefix;
        qsizetype index;
    };
    std::vector<Keyed> keyed;
    keyed.reserve(std::size_t(list.size()));
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Cidr &cidr = list.at(i);
        if (cidr.isIPv4() != (family == IpFamily::IPv4))
            continue;
        Keyed k{0, 0, cidr.prefixLength(), i};
        if (family == IpFamily::IPv4) {
            k.low = cidr.network().toIPv4Address();
        } else {
            const Q_IPV6ADDR address = cidr.network().toIPv6Address();
            for (int b = 0; b < 8; ++b) {
                k.high = (k.high << 8) | address[b];
                k.low = (k.low << 8) | address[b + 8];
            }
        }
        keyed.push_back(k);
    }
    std::sort(keyed.begin(), keyed.end(), [](const Keyed &a, const Keyed &b) {
        return std::tie(a.high, a.low, a.prefix) < std::tie(b.high, b.low, b.prefix);
    });
    // Sorted by network then prefix, a network's containers come before it,
    // and the last kept one is the only candidate.
    CidrList kept;
    for (const Keyed &k : keyed) {
        const Cidr &cidr = list.at(k.index);
        if (kept.isEmpty() || !kept.last().contains(cidr))
            kept.append(cidr);
    }
    return kept;
}

namespace {

// The set's content as raw bytes (family, address, prefix per member): as
// unique as the text form but without formatting every address, which was a
// fifth of derivation on large plans.
QByteArray contentKey(const CidrList &list)
{
    QByteArray key;
    key.reserve(list.size() * 6);
    for (const Cidr &cidr : list) {
        if (cidr.isIPv4()) {
            const quint32 address = cidr.network().toIPv4Address();
            key.append('4');
            key.append(reinterpret_cast<const char *>(&address), sizeof address);
        } else {
            const Q_IPV6ADDR address = cidr.network().toIPv6Address();
            key.append('6');
            key.append(reinterpret_cast<const char *>(address.c), sizeof address.c);
        }
        key.append(char(cidr.prefixLength()));
    }
    return key;
}

} // namespace

int CidrInterner::internNormalized(CidrList list)
{
    const QByteArray key = contentKey(list);
    auto it = m_byContent.constFind(key);
    if (it != m_byContent.cend())
        return *it;
    const int id = int(m_sets.size());
    m_sets.append(std::move(list));
    m_byContent.insert(key, id);
    return id;
}

int CidrInterner::internShared(const CidrList &list, IpFamily family)
{
    if (list.isEmpty())
        return Empty;
    const QPair<quintptr, int> key{quintptr(list.constData()), int(list.size()) * 2 + int(family)};
    auto it = m_byStorage.constFind(key);
    if (it != m_byStorage.cend())
        return *it;
    const int id = intern(list, family);
    m_byStorage.insert(key, id);
    return id;
}

int CidrInterner::intern(const CidrList &list, IpFamily family)
{
    return list.isEmpty() ? Empty : internNormalized(normalized(list, family));
}

int CidrInterner::unite(const QList<int> &ids)
{
    QList<int> distinct = ids;
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    distinct.removeAll(Empty);
    if (distinct.isEmpty())
        return Empty;
    if (distinct.size() == 1)
        return distinct.first();
    // Every member of a cluster behind NAT unites the same two lists (its
    // peers inside and the translated ones outside): normalising n
    // addresses once per member was n^2 (issue 20's NAT zones shape).
    auto known = m_unions.constFind(distinct);
    if (known != m_unions.cend())
        return *known;
    CidrList all;
    for (int id : std::as_const(distinct))
        all += m_sets[id];
    const IpFamily family = all.first().isIPv4() ? IpFamily::IPv4 : IpFamily::IPv6;
    const int id = internNormalized(normalized(all, family));
    m_unions.insert(std::move(distinct), id);
    return id;
}

} // namespace portolan
