#pragma once

#include "fielddescription.h"

namespace portolan {

// The zone's fields, in file order (docs/project-format.md, "Zones").
const QList<FieldDescription<Zone>> &zoneFields();

} // namespace portolan
