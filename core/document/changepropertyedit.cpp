#include "changepropertyedit.h"

#include "document.h"
#include "elementlists.h"
#include "elementproperties.h"
#include "undoids.h"

using namespace Qt::StringLiterals;

namespace portolan {

ChangePropertyEdit::ChangePropertyEdit(Document *document, const ElementId &id, const QString &key,
                                       const QString &text)
    : DocumentEdit(document, id.isEmpty() ? tr("Change %1 of the project").arg(key)
                                          : tr("Change %1 of %2").arg(key.section(u':', -1), id)),
      m_id(id), m_key(key)
{
    const FieldEffects effects = ElementProperties::effects(m_before, id, key);
    m_merges = effects.merges;
    Project after = m_before;
    ElementChange change;
    if (!ElementProperties::setValue(after, document->catalogs(), id, key, text, &change.changed, &m_error))
        return;
    if (id.isEmpty()) {
        change.project = true;
        change.aspects = ChangeAspect::Properties;
    } else if (key == u"id"_s) {
        change.removed = {id};
        change.added = {text.trimmed()};
        change.aspects = ChangeAspect::Properties | ChangeAspect::Connections;
    } else {
        change.changed.prepend(id);
        change.aspects = ChangeAspect::Properties;
        if (effects.moves)
            change.aspects |= ChangeAspect::Container;
        // Link ends, listener and use targets are lines on the canvas; a
        // firewall's inside zones are where it stands.
        const QString list = ElementLists::listOf(key);
        if (effects.connects || list == u"listeners"_s || list == u"uses"_s)
            change.aspects |= ChangeAspect::Connections;
        else if (list == u"inside"_s)
            change.aspects |= ChangeAspect::Container | ChangeAspect::Connections;
    }
    setResult(after, change);
}

int ChangePropertyEdit::id() const
{
    return m_merges ? UndoChangeProperty : -1;
}

bool ChangePropertyEdit::mergeWith(const QUndoCommand *other)
{
    auto o = static_cast<const ChangePropertyEdit *>(other);
    if (o->m_id != m_id || o->m_key != m_key)
        return false;
    mergeResult(*o);
    return true;
}

} // namespace portolan
