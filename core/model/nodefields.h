#pragma once

#include "fielddescription.h"

namespace portolan {

// The node's fields, in file order (docs/project-format.md, "Nodes").
const QList<FieldDescription<Node>> &nodeFields();

} // namespace portolan
