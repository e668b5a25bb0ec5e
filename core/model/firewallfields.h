#pragma once

#include "fielddescription.h"

namespace portolan {

// A firewall's fields, in file order (docs/project-format.md, "Firewalls").
const QList<FieldDescription<Firewall>> &firewallFields();

} // namespace portolan
