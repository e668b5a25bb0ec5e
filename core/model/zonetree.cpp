#include "zonetree.h"

#include "project.h"

namespace portolan {

ZoneTree::ZoneTree(const Project &project)
{
    const int n = int(project.zones.size());
    m_index.reserve(n);
    for (int i = 0; i < n; ++i)
        m_index.insert(project.zones[i].id, i);
    QList<int> declaredParent(n, -1);
    QList<QList<int>> children(n);
    for (int i = 0; i < n; ++i) {
        const int p = index(project.zones[i].parent);
        if (p >= 0 && p != i) {
            declaredParent[i] = p;
            children[p].append(i);
        }
    }
    m_parent.fill(-1, n);
    m_root.fill(-1, n);
    m_depth.fill(0, n);
    m_enter.fill(-1, n);
    m_exit.fill(-1, n);
    m_topDown.reserve(n);

    // Iterative depth-first walk (a recursive one would overflow the stack
    // at the depths the loader accepts). Top-level zones first, then any
    // zone left unvisited, which only a cycle leaves.
    int clock = 0;
    QList<QPair<int, qsizetype>> stack; // zone, next child to visit
    auto walk = [&](int top) {
        m_root[top] = top;
        m_depth[top] = 1;
        m_enter[top] = clock++;
        m_topDown.append(top);
        stack.append({top, 0});
        while (!stack.isEmpty()) {
            auto &[zone, next] = stack.last();
            if (next < children[zone].size()) {
                const int child = children[zone][next++];
                if (m_enter[child] >= 0)
                    continue; // closes a cycle
                m_parent[child] = zone;
                m_root[child] = m_root[zone];
                m_depth[child] = m_depth[zone] + 1;
                m_enter[child] = clock++;
                m_topDown.append(child);
                stack.append({child, 0});
            } else {
                m_exit[zone] = clock++;
                stack.removeLast();
            }
        }
    };
    for (int i = 0; i < n; ++i)
        if (declaredParent[i] < 0)
            walk(i);
    for (int i = 0; i < n; ++i)
        if (m_enter[i] < 0)
            walk(i);
}

} // namespace portolan
