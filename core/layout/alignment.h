#pragma once

#include "model/elements.h"

#include <QHash>
#include <QPointF>
#include <QRectF>

namespace portolan {

// Align and distribute, as in every drawing tool: pure maths over the
// selected rectangles (scene coordinates), returning the new top-left of
// each one that moves. The caller turns the result into one undo step.
class Alignment
{
public:
    enum class Mode
    {
        Left,
        HorizontalCentre,
        Right,
        Top,
        VerticalCentre,
        Bottom,
        DistributeHorizontally, // equal gaps between neighbours, the outer two stay
        DistributeVertically,
    };

    // Aligning needs two rectangles, distributing three; fewer give nothing.
    static QHash<ElementId, QPointF> arrange(const QHash<ElementId, QRectF> &rects, Mode mode);
};

} // namespace portolan
