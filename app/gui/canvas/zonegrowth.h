#pragma once

#include "model/project.h"

#include <QHash>
#include <QRectF>

#include <functional>

namespace portolan {

// Which zones must grow so that what an edit moved, dropped or resized
// stays inside them: a child poking out of its zone makes the zone grow
// (and that zone's own zone in turn) instead of sticking out of it. Pure:
// the scene pushes the resizes in the same undo step as the edit.
class ZoneGrowth
{
public:
    // Room kept around a child: a grid-aligned margin, and the title band
    // (DrawingLayout::Header) plus a margin above it.
    static constexpr qreal Margin = 20;
    static constexpr qreal TitleRoom = 40;

    // `edited`: scene rects of the edited ids as they will be; `containers`:
    // the zone each edited id will sit in (when it changes zone); `rectOf`:
    // the scene rect of any other element now. Returns the zones to resize
    // and their new scene rects.
    static QHash<ElementId, QRectF> grow(const Project &project, const QHash<ElementId, QRectF> &edited,
                                         const QHash<ElementId, ElementId> &containers,
                                         const std::function<QRectF(const ElementId &)> &rectOf);
    // The rect `zone` needs to hold `child` with room around it.
    static QRectF holding(const QRectF &zone, const QRectF &child);
};

} // namespace portolan
