#pragma once

#include "fielddescription.h"

namespace portolan {

// A load balancer's fields, in file order (docs/project-format.md, "Load balancers").
const QList<FieldDescription<LoadBalancer>> &loadBalancerFields();

} // namespace portolan
