#pragma once

#include "model/project.h"

#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace portolan {

// A layered, hierarchical layout computed from the topology alone, for
// projects written without positions and for Arrange > Auto Layout.
// Hand-written rather than Graphviz: zones must nest as containers sized to
// their content and NAT layers must sit on the border they cross, which dot
// clusters do not promise; and a small deterministic pass is testable
// headless without another dependency.
//
// Inside every zone (and at top level) the content goes in layers, top to
// bottom: clients, internet zones, load balancers, NAT layers and firewalls
// guarding a zone inside (each just above that zone), other zones, nodes,
// and last the NAT layers and firewalls guarding a zone elsewhere (at the
// bottom edge, nearest the zones below: the internet is drawn on top).
// Every list is walked in file order, so the same project always gives the
// same drawing.
class AutoLayout
{
public:
    struct Metrics
    {
        QSizeF element{184, 56};
        qreal padding = 16;
        qreal header = 30;   // a zone's title band
        qreal gap = 30;      // between neighbours in one layer
        qreal layerGap = 40; // between layers: room for connection labels
        QSizeF minimumZone{200, 90};
        qreal titleCharWidth = 7.5;  // average advance of the zone title font
        qreal detailCharWidth = 5.5; // ... of the CIDR text beside it
        int columns = 4;             // elements per row before a layer wraps
        qreal zoneRowWidth = 1800;   // zones side by side before they wrap
    };

    struct Result
    {
        QHash<ElementId, QPointF> positions; // top-left, scene coordinates; zones and elements
        QHash<ElementId, QSizeF> zoneSizes;
        QRectF rect(const ElementId &id, const Metrics &metrics) const;
    };

    static Result compute(const Project &project, const Metrics &metrics);
    static Result compute(const Project &project) { return compute(project, Metrics()); }
    // True when no zone or element has a stored position.
    static bool hasNoPositions(const Project &project);
};

} // namespace portolan
