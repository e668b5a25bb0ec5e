#pragma once

#include "flowpaths.h"
#include "ruleset.h"

#include <optional>

namespace portolan {

// `portolan-cli explain`: the flows from one element to another, each with
// its path hop by hop and the rules that admit it (which rule of which rule
// set), so that a person can follow one packet. A client that reaches a node
// through a load balancer gets both legs: client -> balancer, balancer -> node.
class FlowExplainer
{
public:
    struct Query
    {
        ElementId from;
        ElementId to;
        std::optional<int>
            port; // at the destination or translated on the way (NAT outside port, balancer front)
        std::optional<Protocol> protocol;
    };

    // A rule that admits the flow: rule `index` (0-based) of rule set `point`.
    struct Admission
    {
        QString point;
        int index = -1;
        Rule rule;
    };

    struct Explained
    {
        Flow flow;
        QList<FlowPaths::Step> steps;
        // Per step id (a boundary firewall, the destination host, a balancer): the rules admitting it.
        QHash<ElementId, QList<Admission>> admittedBy;
    };

    // Empty when no flow matches.
    static QList<Explained> explain(const Derivation &derivation, const Query &query);
};

} // namespace portolan
