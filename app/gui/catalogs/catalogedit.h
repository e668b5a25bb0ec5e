#pragma once

#include "catalog/catalog.h"

#include <QUndoCommand>

namespace portolan {

class CatalogDraft;

// One edit in the catalog editor: the whole catalog before and after
// (catalogs are small), so every kind of edit undoes the same way.
class CatalogEdit : public QUndoCommand
{
public:
    CatalogEdit(CatalogDraft *draft, Catalog before, Catalog after, const QString &text,
                const QString &mergeKey);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    CatalogDraft *m_draft;
    Catalog m_before;
    Catalog m_after;
    QString m_mergeKey;
};

} // namespace portolan
