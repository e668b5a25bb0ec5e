#pragma once

#include "cidrlisttext.h"
#include "ruleset.h"

#include <QString>

namespace portolan {

// One compacted rule as one line of text, the way `portolan-cli rules`
// prints it. Shared so that the rules table and the plan diff cannot drift
// apart: a reviewer who sees "+ ingress IPv4 tcp 8444 ..." in a diff finds
// the same line in `rules`. User text (comments) goes through displayLine.
class RuleText
{
public:
    // `memo` (optional) formats each shared peer list once.
    static QString peers(const Rule &rule, CidrListText *memo = nullptr);
    static QString ports(const Rule &rule);
    // "ingress IPv4 tcp 8000  from 0.0.0.0/0  # comment" (columns padded).
    static QString line(const Rule &rule, CidrListText *memo = nullptr);
    static QString line(const RedirectRule &redirect);
};

} // namespace portolan
