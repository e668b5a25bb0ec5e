#pragma once

#include "derivecontext.h"

namespace portolan {

// The nodes that reach each other on a peers or internal port (a cluster, a
// deployment). Small sets give one flow per pair of nodes. Large sets would
// make O(n^2) flows and rules, so their sources are grouped: one member-set
// endpoint per boundary zone (DeriveContext::boundaryZone: the zones behind
// one NAT, firewall or link share every hop), which keeps flows at
// O(members x boundary zones) and lets every rule share one CIDR list.
class MemberSet
{
public:
    static constexpr int PairwiseLimit = 16;

    // `idPrefix` names the set, e.g. "peers:kong-0.x/node" or "internal:cumulocity".
    MemberSet(const DeriveContext &context, const QList<int> &members, const QString &idPrefix);

    // The sources for a flow to `destination` (a member): every other member
    // (a group of hosts reaches itself too), or every zone's member set.
    QList<FlowEndpoint> sourcesFor(int destination) const;
    // Every member's endpoint, or every zone's member set.
    QList<FlowEndpoint> endpoints() const;
    bool isGrouped() const { return !m_groups.isEmpty(); }

private:
    const DeriveContext &m_context;
    QList<int> m_members;
    QList<FlowEndpoint> m_groups;
};

} // namespace portolan
