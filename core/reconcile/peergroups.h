#pragma once

#include "derive/ruleset.h"

namespace portolan {

// The point with its group references (Rule::peerGroup) replaced by the
// referenced point's addresses, of both families, as the AWS and Kubernetes
// readers resolve a group reference or a pod selector. A reference to a
// point without addresses stays a reference (the reconciler does not
// compare it).
RuleSet resolvePeerGroups(const RuleSet &point, const Derivation &derivation);

} // namespace portolan
