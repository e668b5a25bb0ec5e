#pragma once

#include "fielddescription.h"

namespace portolan {

// A link's fields, in file order (docs/project-format.md, "Links").
const QList<FieldDescription<Link>> &linkFields();

} // namespace portolan
