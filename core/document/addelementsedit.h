#pragma once

#include "anyelement.h"
#include "documentedit.h"

#include <QCoreApplication>

namespace portolan {

// Adds elements (palette drop, paste, duplicate). Ids already taken are
// replaced by fresh ones and references among the added elements follow.
class AddElementsEdit : public DocumentEdit
{
    Q_DECLARE_TR_FUNCTIONS(AddElementsEdit)
public:
    AddElementsEdit(Document *document, QList<AnyElement> elements);
    // The ids the elements got.
    QStringList addedIds() const { return m_change.added; }
};

} // namespace portolan
