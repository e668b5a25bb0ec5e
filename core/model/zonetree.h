#pragma once

#include "elements.h"

#include <QHash>
#include <QList>

namespace portolan {

struct Project;

// The zone hierarchy indexed once, linear in the zones however deep they
// nest (issue 20: storing each zone's whole ancestry was quadratic in the
// depth). Zones are named by their index in Project::zones. "Is a inside b"
// is answered in O(1) from the entry and exit numbers of one depth-first
// walk; what is inherited down the tree (the nearest zone with CIDRs, a
// provider, "inside a trusted zone") is computed by callers in topDown()
// order, where every parent comes before its children.
//
// The reader refuses parent cycles; a hand-built model with one is cut
// where the cycle closes (the zone reached first stands at the top).
class ZoneTree
{
public:
    explicit ZoneTree(const Project &project);

    int size() const { return int(m_parent.size()); }
    int index(const ElementId &id) const { return m_index.value(id, -1); }
    int parent(int zone) const { return valid(zone) ? m_parent[zone] : -1; }
    int root(int zone) const { return valid(zone) ? m_root[zone] : -1; }
    int depth(int zone) const { return valid(zone) ? m_depth[zone] : 0; } // 1 for a top-level zone
    // `zone` is `ancestor` or lies inside it.
    bool within(int zone, int ancestor) const
    {
        return valid(zone) && valid(ancestor) && m_enter[ancestor] <= m_enter[zone] &&
               m_exit[zone] <= m_exit[ancestor];
    }
    const QList<int> &topDown() const { return m_topDown; }

private:
    bool valid(int zone) const { return zone >= 0 && zone < m_parent.size(); }

    QHash<ElementId, int> m_index;
    QList<int> m_parent, m_root, m_depth, m_enter, m_exit, m_topDown;
};

} // namespace portolan
