#pragma once

#include "ruleset.h"

#include <QHash>

namespace portolan {

// Normalised CIDR sets with small integer ids: one family, sorted, without
// duplicates or networks another member contains. Equal content gets the
// same id, so compaction compares and hashes sets as ints; a list shared by
// thousands of flows (a member set) is normalised once.
class CidrInterner
{
public:
    CidrInterner();

    static constexpr int Empty = 0;

    // `list` must outlive the interner (it lives in a flow): its storage
    // address is the cache key.
    int internShared(const CidrList &list, IpFamily family);
    // Any list, by content.
    int intern(const CidrList &list, IpFamily family);
    // One union of many sets: normalises once (a pairwise fold would be
    // quadratic), and once per distinct set of ids.
    int unite(const QList<int> &ids);
    const CidrList &cidrs(int id) const { return m_sets[id]; }
    static CidrList normalized(const CidrList &list, IpFamily family);

private:
    int internNormalized(CidrList normalized);

    QHash<QPair<quintptr, int>, int> m_byStorage; // (data pointer, size * 2 + family) -> id
    QHash<QByteArray, int> m_byContent;           // contentKey() -> id
    QHash<QList<int>, int> m_unions;              // sorted distinct ids -> their union's id
    QList<CidrList> m_sets;
};

} // namespace portolan
