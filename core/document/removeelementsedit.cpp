#include "removeelementsedit.h"

#include "document.h"
#include "projectedits.h"

namespace portolan {

RemoveElementsEdit::RemoveElementsEdit(Document *document, const QStringList &ids)
    : DocumentEdit(document, tr("Delete %n element(s)", nullptr, int(ids.size())))
{
    Project after = m_before;
    ElementChange change;
    change.removed = ProjectEdits::remove(after, ids, &change.changed);
    change.aspects = ChangeAspect::Connections | ChangeAspect::Properties;
    setResult(after, change);
}

} // namespace portolan
