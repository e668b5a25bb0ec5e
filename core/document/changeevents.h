#pragma once

#include "model/elements.h"

#include <QFlags>
#include <QStringList>

namespace portolan {

// What about an element changed, so views repaint only what they must
// (Tiled's changeevents.h habit, reduced to flags).
enum class ChangeAspect
{
    Geometry = 0x1,    // position or size
    Properties = 0x2,  // name, addresses, settings, ...
    Container = 0x4,   // zone / parent
    Connections = 0x8, // links, client uses, listener targets
};
Q_DECLARE_FLAGS(ChangeAspects, ChangeAspect)
Q_DECLARE_OPERATORS_FOR_FLAGS(ChangeAspects)

// One edit's effect on element ids; undo plays it backwards.
struct ElementChange
{
    QStringList added;
    QStringList removed;
    QStringList changed;
    ChangeAspects aspects;
    // The project's own name or description changed (no element did):
    // elementsChanged is still emitted, with no ids, so views and the
    // derivation that read them follow.
    bool project = false;

    ElementChange inverted() const { return {removed, added, changed, aspects, project}; }
};

} // namespace portolan
