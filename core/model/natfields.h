#pragma once

#include "fielddescription.h"

namespace portolan {

// A NAT layer's fields, in file order (docs/project-format.md, "NAT layers").
const QList<FieldDescription<NatLayer>> &natFields();

} // namespace portolan
