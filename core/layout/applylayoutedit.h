#pragma once

#include "autolayout.h"
#include "document/documentedit.h"

#include <QCoreApplication>

namespace portolan {

// Stores a computed layout: every zone's and element's position and every
// zone's size, as one undo step.
class ApplyLayoutEdit : public DocumentEdit
{
    Q_DECLARE_TR_FUNCTIONS(ApplyLayoutEdit)
public:
    ApplyLayoutEdit(Document *document, const AutoLayout::Result &layout);
};

} // namespace portolan
