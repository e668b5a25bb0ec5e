#include "catalogedit.h"
#include "catalogdraft.h"

#include "document/undoids.h"

namespace portolan {

CatalogEdit::CatalogEdit(CatalogDraft *draft, Catalog before, Catalog after, const QString &text,
                         const QString &mergeKey)
    : QUndoCommand(text), m_draft(draft), m_before(std::move(before)), m_after(std::move(after)),
      m_mergeKey(mergeKey)
{
}

void CatalogEdit::undo()
{
    m_draft->setCatalog(m_before);
}

void CatalogEdit::redo()
{
    m_draft->setCatalog(m_after);
}

int CatalogEdit::id() const
{
    return m_mergeKey.isEmpty() ? -1 : UndoEditCatalog;
}

bool CatalogEdit::mergeWith(const QUndoCommand *other)
{
    auto o = static_cast<const CatalogEdit *>(other);
    if (o->m_mergeKey != m_mergeKey)
        return false;
    m_after = o->m_after;
    return true;
}

} // namespace portolan
