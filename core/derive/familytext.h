#pragma once

#include "ruleset.h"

#include <QString>

namespace portolan {

// An address family as people write it ("IPv4", "IPv6"), for text and
// tables; derivation JSON spells it in lower case instead.
inline QString familyText(IpFamily family)
{
    return family == IpFamily::IPv4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6");
}

} // namespace portolan
