#pragma once

#include "layout/autolayout.h"
#include "model/project.h"

#include <QHash>
#include <QRectF>

namespace portolan {

// Where every zone and element goes on the drawing. Stored positions and
// sizes win; the rest is laid out automatically: the content of a zone
// flows in rows inside it, zones without a size grow around their content,
// zones without a position stack below the placed ones. A position inside a
// zone that has none itself is ignored (the editor pins a zone when
// something inside it is moved). Pure and deterministic.
class DrawingLayout
{
public:
    static constexpr qreal ElementWidth = 184;
    static constexpr qreal ElementHeight = 56;
    static constexpr qreal Padding = 16;
    static constexpr qreal Header = 30; // zone title band
    static constexpr qreal Gap = 20;

    static DrawingLayout compute(const Project &project);
    // The auto layout's sizes, matched to how this drawing sizes things.
    static AutoLayout::Metrics autoLayoutMetrics();

    QRectF rect(const ElementId &id) const { return m_rects.value(id); }
    bool contains(const ElementId &id) const { return m_rects.contains(id); }
    const QHash<ElementId, QRectF> &rects() const { return m_rects; }
    QRectF bounds() const;

private:
    QHash<ElementId, QRectF> m_rects;
};

} // namespace portolan
