#pragma once

// --point, as the commands that take one enforcement point read it (rules,
// reconcile): the rule set it names, or an error that lists the points.

#include "derive/deriver.h"

#include <QTextStream>

#include <functional>

namespace portolan {

// The rule set of `derivation` named `point` that `accept` takes (any when empty).
// Without one prints `message` (source text in the "cli" context:
// QT_TRANSLATE_NOOP; %1 the point, %2 the points there are) on `err`,
// escaped, since both are user text, and returns nullptr.
const RuleSet *namedPoint(const Derivation &derivation, const QString &point, const char *message,
                          QTextStream &err, const std::function<bool(const RuleSet &)> &accept = {});

} // namespace portolan
