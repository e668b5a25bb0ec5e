#include "catalogdraft.h"
#include "catalogedit.h"

#include "catalog/catalogwriter.h"

#include <QUndoStack>

namespace portolan {

CatalogDraft::CatalogDraft(Catalog catalog, QObject *parent)
    : QObject(parent), m_catalog(std::move(catalog)), m_undoStack(new QUndoStack(this))
{
}

void CatalogDraft::edit(const QString &text, const QString &mergeKey,
                        const std::function<void(Catalog &)> &change)
{
    Catalog after = m_catalog;
    change(after);
    // The writer's text covers every field (tests/catalogs/tst_writer), so
    // equal text is an equal catalog: no empty undo steps.
    if (after.filePath == m_catalog.filePath &&
        CatalogWriter::write(after) == CatalogWriter::write(m_catalog))
        return;
    m_undoStack->push(new CatalogEdit(this, m_catalog, std::move(after), text, mergeKey));
}

void CatalogDraft::setCatalog(const Catalog &catalog)
{
    m_catalog = catalog;
    Q_EMIT changed();
}

} // namespace portolan
