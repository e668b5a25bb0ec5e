#include "reparentedit.h"

#include "document.h"
#include "projectedits.h"

namespace portolan {

ReparentEdit::ReparentEdit(Document *document, const QStringList &ids, const ElementId &zone)
    : DocumentEdit(document, tr("Move into %1").arg(zone.isEmpty() ? tr("top level") : zone))
{
    Project after = m_before;
    for (const ElementId &id : ids)
        if (!ProjectEdits::reparent(after, id, zone, &m_error))
            return; // refused as a whole: stays obsolete
    setResult(after, {{}, {}, ids, ChangeAspect::Container});
}

} // namespace portolan
