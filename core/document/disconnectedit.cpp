#include "disconnectedit.h"

#include "connections.h"
#include "document.h"

namespace portolan {

DisconnectEdit::DisconnectEdit(Document *document, const ElementId &owner, const ElementId &to, int index)
    : DocumentEdit(document, tr("Disconnect %1 from %2").arg(owner, to))
{
    Project after = m_before;
    bool removedLink = false;
    if (!Connections::disconnect(after, owner, to, index, &removedLink, &m_error))
        return;
    ElementChange change;
    (removedLink ? change.removed : change.changed).append(owner);
    change.aspects = ChangeAspect::Connections;
    setResult(after, change);
}

} // namespace portolan
