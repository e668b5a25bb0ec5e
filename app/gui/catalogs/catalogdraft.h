#pragma once

#include "catalog/catalog.h"

#include <QObject>

#include <functional>

class QUndoStack;

namespace portolan {

// The catalog being written in the catalog editor: a Catalog value that
// changes only through its own undo stack (one CatalogEdit per edit),
// separate from the project's, since a catalog is a file of its own.
class CatalogDraft : public QObject
{
    Q_OBJECT
public:
    explicit CatalogDraft(Catalog catalog, QObject *parent = nullptr);

    const Catalog &catalog() const { return m_catalog; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Pushes one undo step that applies `change` to a copy of the catalog;
    // nothing when the change changes nothing. Edits with the same non-empty
    // `mergeKey` in a row (typing in one field) are one step.
    void edit(const QString &text, const QString &mergeKey, const std::function<void(Catalog &)> &change);

    // For CatalogEdit only.
    void setCatalog(const Catalog &catalog);

Q_SIGNALS:
    void changed();

private:
    Catalog m_catalog;
    QUndoStack *m_undoStack;
};

} // namespace portolan
