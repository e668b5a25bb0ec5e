#include "changepropertycommand.h"

#include "document.h"
#include "elementproperties.h"
#include "undoids.h"

using namespace Qt::StringLiterals;

namespace portolan {

ChangePropertyCommand::ChangePropertyCommand(Document *document, const ElementId &id, const QString &key,
                                             const QString &text)
    : EditCommand(document, tr("Change %1 of %2").arg(key.section(u':', -1), id)), m_id(id), m_key(key)
{
    Project after = m_before;
    ElementChange change;
    if (!ElementProperties::setValue(after, document->catalogs(), id, key, text, &change.changed, &m_error))
        return;
    if (key == u"id"_s) {
        change.removed = {id};
        change.added = {text.trimmed()};
        change.aspects = ChangeAspect::Properties | ChangeAspect::Connections;
    } else {
        change.changed.prepend(id);
        change.aspects = ChangeAspect::Properties;
        if (key == u"zone"_s || key == u"inside"_s || key == u"outside"_s)
            change.aspects |= ChangeAspect::Container;
    }
    setResult(after, change);
}

int ChangePropertyCommand::id() const
{
    return m_key == u"id"_s ? -1 : UndoChangeProperty;
}

bool ChangePropertyCommand::mergeWith(const QUndoCommand *other)
{
    auto o = static_cast<const ChangePropertyCommand *>(other);
    if (o->m_id != m_id || o->m_key != m_key)
        return false;
    mergeResult(*o);
    return true;
}

} // namespace portolan
