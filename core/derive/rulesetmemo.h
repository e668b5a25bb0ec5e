#pragma once

#include "ruleset.h"

#include <QHash>

namespace portolan {

// One flow's part in one enforcement point's rules, before compaction. A
// point's rules are a function of its inputs and its own addresses.
struct RuleSetInput
{
    Direction direction = Direction::Ingress;
    QString flowKey;         // names the flow's protocol, ports, component and port as well
    CidrList peers;          // the far end as this point sees it (after NAT)
    CidrList local;          // boundary firewalls: the near end's addresses
    QString peerGroup;       // a security-group reference instead of peers
    qsizetype flow = -1;     // index into this build's flows (not compared)
    bool sharedPeers = true; // `peers` is the flow's own list (not compared)
    friend bool operator==(const RuleSetInput &a, const RuleSetInput &b)
    {
        return a.direction == b.direction && a.flowKey == b.flowKey && a.peers == b.peers &&
               a.local == b.local && a.peerGroup == b.peerGroup;
    }
};

// What one rule-set build leaves for the next (RuleSetBuilder): each
// point's rule set and the inputs it was compacted from.
struct RuleSetMemo
{
    struct Point
    {
        RuleSet set;
        QList<RuleSetInput> inputs;
    };
    QHash<QString, Point> points; // by RuleSet::id
};

} // namespace portolan
