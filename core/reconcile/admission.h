#pragma once

#include "filterprogram.h"

namespace portolan {

enum class FlowDirection
{
    Ingress,
    Egress,
    Forward
};
QString flowDirectionName(FlowDirection direction); // "ingress", "egress", "forward"

// One decided part of the packet space: what a host's running rules admit
// or drop for new connections from other hosts (loopback and established
// traffic are left out: that is infrastructure every host firewall has).
struct AdmittedSpace
{
    FlowDirection direction = FlowDirection::Ingress;
    IpFamily family = IpFamily::IPv4;
    bool accepted = false;
    PacketSpace space;                // protocols, ports, peers, local addresses
    RuleOrigin origin;                // the deciding rule, or the chain for its policy
    bool policy = false;              // decided by the chain's default policy
    const FilterRule *rule = nullptr; // null for a policy
};

struct ShadowedRule
{
    const FilterRule *rule = nullptr;
    bool redundant = false; // everything it matches was decided the same way before it
    QList<RuleOrigin> by;   // the earlier rules that decided its packets (at most 3)
};

// A rule that was evaluated although the reader did not understand a match.
struct UncertainRule
{
    const FilterRule *rule = nullptr;
    FlowDirection direction = FlowDirection::Ingress;
};

struct Admission
{
    QList<AdmittedSpace> spaces; // disjoint within one direction and family
    QList<ShadowedRule> shadowed;
    QList<UncertainRule> uncertain;
    QList<const FilterRule *> infrastructure; // loopback and established/related rules
    Diagnostics errors;                       // loops, jumps to missing chains
    // Spaces of one direction and family, accepted or dropped.
    PacketSpace accepted(FlowDirection direction, IpFamily family) const;
};

// First-match evaluation of every base chain on the input, output and
// forward hooks, per family, for new connections: each rule takes what is
// left of the packet space, jumps evaluate the chain on what they match and
// take back what it returns, and what falls off a base chain gets its policy.
// Several base chains on one hook (nftables) run in priority order: a packet
// must be accepted by each.
class AdmissionEvaluator
{
public:
    static Admission evaluate(const FilterProgram &program);
};

} // namespace portolan
