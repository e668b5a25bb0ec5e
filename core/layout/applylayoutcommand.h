#pragma once

#include "autolayout.h"
#include "document/editcommand.h"

#include <QCoreApplication>

namespace portolan {

// Stores a computed layout: every zone's and element's position and every
// zone's size, as one undo step.
class ApplyLayoutCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(ApplyLayoutCommand)
public:
    ApplyLayoutCommand(Document *document, const AutoLayout::Result &layout);
};

} // namespace portolan
