#pragma once

#include "flow.h"

#include "model/project.h"

#include <QCoreApplication>

namespace portolan {

class DeriveContext;
class ZoneRouting;

// Pass (after the hops are known): whether a packet can travel each flow's
// path, by ZoneRouting's rules, and where it stops (docs/derivation.md,
// "Paths"). The sender sends to the first address on the path: the outside
// address of the destination NAT the flow crosses, else the destination's
// own addresses (a load balancer is a destination of its own flow). Egress
// to the internet from a private address needs a source NAT hop, or a NAT
// over the source that maps every port of the source's addresses (one to one). Linear:
// routing is indexed once, and each endpoint address list is judged once.
class FlowPaths
{
    Q_DECLARE_TR_FUNCTIONS(FlowPaths)
public:
    static void run(DeriveContext &context);
    // The same for one flow (tests, explain).
    static FlowPath evaluate(const Project &project, const ZoneRouting &routing, const Flow &flow);

    // The packet as it leaves the source and each hop on the path.
    struct Step
    {
        ElementId id;
        QString kind;        // "source", or hopKindName()
        QHostAddress source; // null where the path does not name one address
        QHostAddress destination;
        PortRange ports;    // destination ports
        bool stops = false; // the path stops here
    };
    static QList<Step> steps(const Flow &flow);
    // One translated sentence: why the path cannot work or is unknown; empty when it works.
    // A dual-stack flow's reason names the family and the other family's status.
    static QString reason(const Flow &flow);

private:
    static QString familyReason(const Flow &flow);
};

} // namespace portolan
