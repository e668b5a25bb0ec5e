#pragma once

#include "elementdiff.h"

#include "derive/cidrlisttext.h"
#include "derive/flow.h"

#include <optional>

namespace portolan {

// A flow that is new, gone, or the same intent with other scope. Flows are
// matched by intent, not by port numbers: source, destination, protocol,
// component and catalog port (intentKey). So a port moved by a setting
// reads as one Changed flow ("ports 8001 -> 8444"), a client network grown
// from 10.0.0.0/8 to 0.0.0.0/0 as Widened, not as a removal and an addition.
struct FlowChange
{
    enum class Kind
    {
        Added,
        Removed,
        Widened,  // every difference lets more through: sources or ports only grew
        Narrowed, // every difference lets less through
        Changed   // ports moved, hops, audience or destination addresses changed
    };
    Kind kind = Kind::Changed;
    std::optional<Flow> before; // Removed and the three matched kinds
    std::optional<Flow> after;  // Added and the three matched kinds
    // Matched kinds: what differs, keys "ports", "sources", "destinations",
    // "via", "audience"; values as `flows` prints them.
    QList<FieldChange> fields;
    // Ids of the enforcement points whose rules allow the flow, on either
    // side, sorted; empty when no point enforces it.
    QStringList points;

    const Flow &flow() const { return after ? *after : *before; }
};
QString flowChangeKindName(FlowChange::Kind kind); // "added", "removed", "widened", "narrowed", "changed"
QString flowChangeSign(FlowChange::Kind kind);     // "+", "-", ">", "<", "~" (the text report)

// A matched flow whose path status changed: the one that stops working
// (works -> cannot-work) is what a reviewer must see first.
struct PathChange
{
    Flow before;
    Flow after;
    bool stopsWorking() const { return after.path.status == PathStatus::CannotWork; }
};

class FlowDiff
{
public:
    // source>destination|protocol|component|port
    static QString intentKey(const Flow &flow);
    // Flows of two sorted lists (Derivation::flows). Flows with equal
    // Flow::key are matched first, then the rest by intent in key order.
    // Changes come sorted by the flow's key, their points empty.
    static void compare(const FlowList &before, const FlowList &after, QList<FlowChange> *flows,
                        QList<PathChange> *paths);
    // Fills each change's points from `flowPoints` (Flow::key -> point ids).
    static void assignPoints(const QHash<QString, QStringList> &flowPoints, QList<FlowChange> *flows);
    // "10.0.0.0/8 192.168.0.0/16", "8000", "nat-edge 203.0.113.5:8000=>10.0.1.5:8000" (=> a translation)
    static QString cidrsText(const CidrList &cidrs, CidrListText *memo = nullptr);
    static QString portsText(const Flow &flow);
    static QString viaText(const Flow &flow);
    // "works", or "cannot-work at nat-edge (nat-no-mapping)"
    static QString pathText(const FlowPath &path);
};

} // namespace portolan
