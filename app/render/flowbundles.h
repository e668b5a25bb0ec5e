#pragma once

#include "derive/flow.h"

#include <QColor>
#include <QCoreApplication>
#include <QSet>
#include <QStringList>

namespace portolan {

// Which flows the canvas shows: audiences and products switched off, and
// optionally only the flows touching the selected elements.
struct FlowFilter
{
    QList<Audience> hiddenAudiences;
    QSet<QString> hiddenProducts;
    QStringList onlyElements; // empty = every element

    bool accepts(const Flow &flow) const;
};

// The flows that share one drawn path: same source, destination and hops.
// One arrow per bundle keeps a drawing with dozens of flows readable.
struct FlowBundle
{
    FlowEndpoint source;
    FlowEndpoint destination;
    QStringList hops;          // Flow::via ids, in path order
    FlowList flows;            // in plan order (Flow::key)
    QList<Audience> audiences; // distinct, in enum order
    // Flows that cannot work (Flow::path) get bundles of their own, drawn so
    // that they stand out: a broken flow never hides in a working arrow.
    bool cannotWork = false;

    QString pathKey() const;
    QStringList keys() const;
    // "tcp 8000-8001, 8443 · udp 7946"
    QString label() const;
    // Every element the path touches: ends (member set members included) and hops.
    QStringList elementIds() const;
};

class FlowBundles
{
    Q_DECLARE_TR_FUNCTIONS(FlowBundles)
public:
    static QList<FlowBundle> bundle(const FlowList &flows, const FlowFilter &filter = {});
    // Ports per protocol, contiguous ranges merged: "tcp 80, 443 · udp 53".
    static QString portLabel(const FlowList &flows);
    static QString portsOf(const Flow &flow); // "8000", "50000-60000", "all"
    static QString endpointName(const FlowEndpoint &endpoint);
    static QString audienceTitle(Audience audience); // translated
    static QList<Audience> drawnAudiences();         // every audience a flow can have
    static QColor audienceColor(Audience audience, bool dark = false);
    // A bundle of flows that cannot work: dashed in this colour, whatever
    // its audiences, with a cross before its label.
    static QColor cannotWorkColor(bool dark = false);
    // Why a flow exists, for tooltips: component, catalog port, audience, document.
    static QString explain(const Flow &flow, const QString &portTitle);
    // "10.0.0.5:8000 → 192.168.1.5:80" for every hop of `flow`, keyed by hop id,
    // plus the source ("") and destination ends.
    static QString hopText(const FlowHop &hop);
    static QString destinationText(const Flow &flow);
    static QString sourceText(const Flow &flow);
};

} // namespace portolan
