#pragma once

#include "editcommand.h"

#include <QCoreApplication>

namespace portolan {

// Removes elements and what depends on them (see ProjectEdits::remove).
class RemoveElementsCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveElementsCommand)
public:
    RemoveElementsCommand(Document *document, const QStringList &ids);
};

} // namespace portolan
