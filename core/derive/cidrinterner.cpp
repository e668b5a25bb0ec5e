#include "cidrinterner.h"

#include <algorithm>

namespace portolan {

CidrInterner::CidrInterner()
{
    internNormalized({}); // id 0: the empty set
}

CidrList CidrInterner::normalized(const CidrList &list, IpFamily family)
{
    CidrList result;
    for (const Cidr &cidr : list)
        if (cidr.isIPv4() == (family == IpFamily::IPv4))
            result.append(cidr);
    std::sort(result.begin(), result.end());
    // Sorted by network then prefix, a network's containers come before it,
    // and the last kept one is the only candidate.
    CidrList kept;
    for (const Cidr &cidr : std::as_const(result))
        if (kept.isEmpty() || !kept.last().contains(cidr))
            kept.append(cidr);
    return kept;
}

int CidrInterner::internNormalized(CidrList list)
{
    QString key;
    for (const Cidr &cidr : std::as_const(list)) {
        key += cidr.toString();
        key += u' ';
    }
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
    CidrList all;
    for (int id : std::as_const(distinct))
        all += m_sets[id];
    const IpFamily family = all.first().isIPv4() ? IpFamily::IPv4 : IpFamily::IPv6;
    return internNormalized(normalized(all, family));
}

} // namespace portolan
