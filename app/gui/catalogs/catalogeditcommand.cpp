#include "catalogeditcommand.h"
#include "catalogdraft.h"

#include "document/undoids.h"

namespace portolan {

CatalogEditCommand::CatalogEditCommand(CatalogDraft *draft, Catalog before, Catalog after,
                                       const QString &text, const QString &mergeKey)
    : QUndoCommand(text), m_draft(draft), m_before(std::move(before)), m_after(std::move(after)),
      m_mergeKey(mergeKey)
{
}

void CatalogEditCommand::undo()
{
    m_draft->setCatalog(m_before);
}

void CatalogEditCommand::redo()
{
    m_draft->setCatalog(m_after);
}

int CatalogEditCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : UndoEditCatalog;
}

bool CatalogEditCommand::mergeWith(const QUndoCommand *other)
{
    auto o = static_cast<const CatalogEditCommand *>(other);
    if (o->m_mergeKey != m_mergeKey)
        return false;
    m_after = o->m_after;
    return true;
}

} // namespace portolan
