#include "peergroups.h"

namespace portolan {

RuleSet resolvePeerGroups(const RuleSet &point, const Derivation &derivation)
{
    RuleSet out = point;
    out.rules.clear();
    for (const Rule &rule : point.rules) {
        if (rule.peerGroup.isEmpty()) {
            // Addresses already: kept as planned, in its own family only.
            if (!out.rules.contains(rule))
                out.rules.append(rule);
            continue;
        }
        const RuleSet *peer = derivation.ruleSet(rule.peerGroup);
        QList<Rule> resolved;
        // A reference cannot say a family: AWS (a group reference) and
        // Kubernetes (a podSelector) admit the group's members of both,
        // whatever family the plan's rule has.
        for (IpFamily family : {IpFamily::IPv4, IpFamily::IPv6}) {
            Rule r = rule;
            r.family = family;
            r.peerGroup.clear();
            for (const Cidr &cidr : peer ? peer->addresses : CidrList())
                if (cidr.isIPv4() == (family == IpFamily::IPv4))
                    r.peers.append(cidr);
            if (!r.peers.isEmpty())
                resolved.append(r);
        }
        if (resolved.isEmpty())
            resolved.append(rule);
        for (const Rule &r : std::as_const(resolved))
            if (!out.rules.contains(r))
                out.rules.append(r);
    }
    return out;
}

} // namespace portolan
