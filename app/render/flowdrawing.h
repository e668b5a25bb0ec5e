#pragma once

#include "drawinglayout.h"
#include "drawingtheme.h"
#include "flowbundles.h"

#include <QCoreApplication>
#include <QPainterPath>

class QPainter;

namespace portolan {

// The derived flows on the exported drawing (portolan-cli render, the
// window's Export Drawing, the bundle's drawing): one arrow per bundle of
// flows sharing a path, coloured by audience and labelled with its ports,
// plus a legend. The canvas draws the same bundles interactively (app/gui/
// flows); this is the static picture, laid out once, so labels can be
// placed against each other as well as against the element cards.
class FlowDrawing
{
    Q_DECLARE_TR_FUNCTIONS(FlowDrawing)
public:
    struct Path
    {
        FlowBundle bundle;
        QString label;       // FlowBundle::label(), one display line
        QPainterPath line;   // source through hops to destination
        QLineF arrow;        // the last stretch: the head goes at p2
        QRectF labelRect;    // empty when the path has no room for one
        QList<QRectF> hulls; // member sets: a dashed frame around the nodes
    };

    // Pure geometry: the same project, flows and layout give the same paths.
    // Flows whose ends are not on the drawing (no such element) are left out.
    static QList<Path> layout(const Project &project, const FlowList &flows, const DrawingLayout &layout);
    static void paint(QPainter *painter, const QList<Path> &paths, const DrawingTheme &theme);

    // The key to the colours, one row: "Flows:" and each audience.
    static QSizeF legendSize();
    static void paintLegend(QPainter *painter, const QPointF &topLeft, const DrawingTheme &theme);
    static QString legendTitle();

    // Everything the paths and labels cover, for the page size.
    static QRectF bounds(const QList<Path> &paths);
};

} // namespace portolan
