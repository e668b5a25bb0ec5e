#include "memberset.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace portolan {

MemberSet::MemberSet(const DeriveContext &context, const QList<int> &members, const QString &idPrefix)
    : m_context(context), m_members(members)
{
    if (members.size() <= PairwiseLimit)
        return;
    QMap<ElementId, QList<int>> byZone; // ordered: stable ids and order
    for (int n : members) {
        const int zone = context.boundaryZone(context.zoneIndex(context.project.nodes[n].zone));
        byZone[zone >= 0 ? context.project.zones[zone].id : context.project.nodes[n].zone].append(n);
    }
    for (auto it = byZone.cbegin(); it != byZone.cend(); ++it) {
        FlowEndpoint e{ElementKind::Node, idPrefix % u'@' % it.key(), {}, it.key(), {}};
        QList<int> nodes = it.value();
        std::sort(nodes.begin(), nodes.end(),
                  [&](int a, int b) { return context.project.nodes[a].id < context.project.nodes[b].id; });
        for (int n : std::as_const(nodes)) {
            e.members.append(context.project.nodes[n].id);
            e.cidrs.append(context.nodeEndpoint(n).cidrs);
        }
        m_groups.append(e);
    }
}

QList<FlowEndpoint> MemberSet::sourcesFor(int destination) const
{
    if (isGrouped())
        return m_groups; // shares the lists: no copy per destination
    QList<FlowEndpoint> sources;
    for (int n : m_members)
        if (n != destination || m_context.project.nodes[n].isGroup())
            sources.append(m_context.nodeEndpoint(n));
    return sources;
}

QList<FlowEndpoint> MemberSet::endpoints() const
{
    if (isGrouped())
        return m_groups;
    QList<FlowEndpoint> result;
    for (int n : m_members)
        result.append(m_context.nodeEndpoint(n));
    return result;
}

} // namespace portolan
