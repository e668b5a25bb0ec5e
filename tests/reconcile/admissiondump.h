#pragma once

#include "reconcile/admission.h"

namespace portolan::test {

// A stable text of what a program admits and drops, one line per decided
// box: "ingress IPv4 accept <box> @line" (policy: "@policy CHAIN"), then
// shadowed, unknown and infrastructure rules by line. Fixture expectations
// are written in it.
QString dumpAdmission(const FilterProgram &program);

} // namespace portolan::test
