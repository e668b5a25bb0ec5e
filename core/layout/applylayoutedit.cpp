#include "applylayoutedit.h"

#include "document/document.h"
#include "document/projectedits.h"

namespace portolan {

ApplyLayoutEdit::ApplyLayoutEdit(Document *document, const AutoLayout::Result &layout)
    : DocumentEdit(document, tr("Auto layout"))
{
    Project after = m_before;
    ElementChange change;
    change.aspects = ChangeAspect::Geometry;
    // File order, so the change lists what moved in a stable order.
    for (const ElementId &id : m_before.allIds()) {
        if (!layout.positions.contains(id))
            continue;
        ProjectEdits::setPosition(after, id, layout.positions.value(id));
        if (layout.zoneSizes.contains(id))
            ProjectEdits::resizeZone(after, id, layout.zoneSizes.value(id));
        change.changed.append(id);
    }
    setResult(after, change);
}

} // namespace portolan
