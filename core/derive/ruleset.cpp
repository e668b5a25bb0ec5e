#include "ruleset.h"

#include "model/enumnames.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

constexpr std::array<std::pair<PointKind, const char16_t *>, 4> PointKindNames{{
    {PointKind::HostFirewall, u"host"},
    {PointKind::SecurityGroup, u"security-group"},
    {PointKind::BoundaryFirewall, u"boundary"},
    {PointKind::LoadBalancerGroup, u"load-balancer"},
}};

constexpr std::array<std::pair<Direction, const char16_t *>, 2> DirectionNames{{
    {Direction::Ingress, u"ingress"},
    {Direction::Egress, u"egress"},
}};

} // namespace

QString pointKindName(PointKind kind)
{
    return detail::nameOf(PointKindNames, kind);
}

QString directionName(Direction direction)
{
    return detail::nameOf(DirectionNames, direction);
}

int RuleSet::count(Direction direction, IpFamily family) const
{
    int total = 0;
    for (const Rule &rule : rules) {
        if (rule.direction != direction || rule.family != family)
            continue;
        const qsizetype peers = rule.peerGroup.isEmpty() ? std::max<qsizetype>(1, rule.peers.size()) : 1;
        const qsizetype ports =
            rule.protocol == Protocol::Any ? 1 : std::max<qsizetype>(1, rule.ports.size());
        total += int(peers * ports);
    }
    return total;
}

const RuleSet *Derivation::ruleSet(const QString &id) const
{
    // Rule sets are sorted by id: a binary search keeps GUI lookups cheap on
    // large plans.
    auto it = std::lower_bound(ruleSets.cbegin(), ruleSets.cend(), id,
                               [](const RuleSet &set, const QString &value) { return set.id < value; });
    return it != ruleSets.cend() && it->id == id ? &*it : nullptr;
}

} // namespace portolan
