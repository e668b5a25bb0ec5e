#include "listrowedit.h"

#include "document.h"
#include "elementlists.h"

using namespace Qt::StringLiterals;

namespace portolan {

ListRowEdit::ListRowEdit(Document *document, const ElementId &id, const QString &list, Action action, int row)
    : DocumentEdit(document, action == Action::Add ? tr("Add to %1 of %2").arg(list, id)
                                                   : tr("Remove from %1 of %2").arg(list, id))
{
    Project after = m_before;
    const bool ok = action == Action::Add
                        ? ElementLists::addRow(after, document->catalogs(), id, list, &m_error)
                        : ElementLists::removeRow(after, id, list, row, &m_error);
    if (!ok)
        return;
    ElementChange change;
    change.changed = {id};
    change.aspects = ChangeAspect::Properties | ChangeAspect::Connections;
    if (list == u"inside"_s)
        change.aspects |= ChangeAspect::Container;
    setResult(after, change);
}

} // namespace portolan
