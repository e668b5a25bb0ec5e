#include "connectedit.h"

#include "connections.h"
#include "document.h"

namespace portolan {

ConnectEdit::ConnectEdit(Document *document, const ElementId &from, const ElementId &to)
    : DocumentEdit(document, tr("Connect %1 to %2").arg(from, to))
{
    Project after = m_before;
    ElementId touched;
    bool added = false;
    if (!Connections::connect(after, document->catalogs(), from, to, &touched, &added, &m_error))
        return;
    ElementChange change;
    (added ? change.added : change.changed).append(touched);
    change.aspects = ChangeAspect::Connections;
    setResult(after, change);
}

} // namespace portolan
