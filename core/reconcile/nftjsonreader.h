#pragma once

#include "filterprogram.h"

#include <QCoreApplication>

namespace portolan {

// Reads `nft -j list ruleset` JSON into a FilterProgram: tables of the ip,
// ip6 and inet families, filter chains on the input, output and forward
// hooks with their policies and priorities, regular chains they jump or go
// to, and rules whose expressions match payload (ip/ip6 saddr/daddr,
// tcp/udp/sctp/th ports, l4proto, icmp types), meta (nfproto, l4proto,
// iif/oif), ct state, with anonymous and named sets and verdict maps.
// Expressions it does not know become FilterMatch::unknown, located at the
// rule's line and column in the file; malformed JSON is a Diagnostic.
class NftJsonReader
{
    Q_DECLARE_TR_FUNCTIONS(NftJsonReader)
public:
    // True when the content is a JSON object with an "nftables" member.
    static bool looksLike(const QByteArray &content);
    static std::optional<FilterProgram> read(const QByteArray &content, const QString &fileName,
                                             Diagnostics *errors);
};

} // namespace portolan
