#include "resizezoneedit.h"

#include "document.h"
#include "projectedits.h"
#include "undoids.h"

namespace portolan {

ResizeZoneEdit::ResizeZoneEdit(Document *document, const ElementId &zone, const QPointF &position,
                               const QSizeF &size, int mergeKey)
    : DocumentEdit(document, tr("Resize %1").arg(zone)), m_zone(zone), m_mergeKey(mergeKey)
{
    Project after = m_before;
    if (!ProjectEdits::resizeZone(after, zone, size))
        return;
    // Only the zone itself moves: resizing from the left must not drag the content along.
    ProjectEdits::setPosition(after, zone, position);
    setResult(after, {{}, {}, {zone}, ChangeAspect::Geometry});
}

int ResizeZoneEdit::id() const
{
    return UndoResizeZone;
}

bool ResizeZoneEdit::mergeWith(const QUndoCommand *other)
{
    auto o = static_cast<const ResizeZoneEdit *>(other);
    if (m_mergeKey == 0 || o->m_mergeKey != m_mergeKey || o->m_zone != m_zone)
        return false;
    mergeResult(*o);
    return true;
}

} // namespace portolan
