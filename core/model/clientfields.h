#pragma once

#include "fielddescription.h"

namespace portolan {

// A client's fields, in file order (docs/project-format.md, "Clients").
const QList<FieldDescription<Client>> &clientFields();

} // namespace portolan
