#pragma once

#include "derivecontext.h"
#include "rulesetmemo.h"

namespace portolan {

// Pass: flows -> one rule set per enforcement point, each allowing exactly
// the flows that cross it:
// - host:<node>  ingress of every flow to the node, egress of its egress flows;
// - sg:<node>    the same for a node in an aws/gcp/azure/digitalocean zone,
//                with a group reference instead of CIDRs when the source
//                (a node or balancer) has its own group with the same provider
//                in the same top-level zone;
// - fw:<id>      every flow crossing the boundary firewall: ingress towards its
//                inside zones, egress out of them, with the local addresses;
// - lb:<id>      the balancer's front (ingress) and its legs to the nodes (egress).
// Hosts and groups beyond a source NAT see the NAT's outside address; a host
// sending through a destination NAT sends to the outside address:port.
// Boundary firewalls match the untranslated source and the translated
// destination, as netfilter does (DNAT before filtering, SNAT after).
class RuleSetBuilder
{
public:
    static QList<RuleSet> run(const DeriveContext &context);
    // The same rule sets, but a point whose addresses, name, provider,
    // redirects and inputs equal those in `previous` takes its rules from
    // there instead of compacting again: an edit at 1,000 nodes changes a
    // handful of some 2,000 points, and compaction is most of this pass.
    // `next` (if given) receives this build's memo; `reused` counts the
    // points taken over.
    static QList<RuleSet> run(const DeriveContext &context, const RuleSetMemo *previous, RuleSetMemo *next,
                              int *reused = nullptr);
};

} // namespace portolan
