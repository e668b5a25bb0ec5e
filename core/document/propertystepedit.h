#pragma once

#include "changepropertyedit.h"

namespace portolan {

// A property change that is a step of its own, never merged into the change
// before it: a component dropped on a node, a value committed with Enter or
// Tab. Only typing merges (ChangePropertyEdit); merging two drops made
// one Ctrl+Z take back every component dropped on the node in a row.
class PropertyStepEdit : public ChangePropertyEdit
{
public:
    using ChangePropertyEdit::ChangePropertyEdit;
    int id() const override { return -1; }
};

} // namespace portolan
