#pragma once

#include "changepropertycommand.h"

namespace portolan {

// A property change that is a step of its own, never merged into the change
// before it: a component dropped on a node, a value committed with Enter or
// Tab. Only typing merges (ChangePropertyCommand); merging two drops made
// one Ctrl+Z take back every component dropped on the node in a row.
class PropertyStepCommand : public ChangePropertyCommand
{
public:
    using ChangePropertyCommand::ChangePropertyCommand;
    int id() const override { return -1; }
};

} // namespace portolan
