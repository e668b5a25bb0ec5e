#pragma once

#include "documentedit.h"

#include <QCoreApplication>

namespace portolan {

// Removes elements and what depends on them (see ProjectEdits::remove).
class RemoveElementsEdit : public DocumentEdit
{
    Q_DECLARE_TR_FUNCTIONS(RemoveElementsEdit)
public:
    RemoveElementsEdit(Document *document, const QStringList &ids);
};

} // namespace portolan
