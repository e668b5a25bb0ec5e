#pragma once

#include "iptablesreader.h"

namespace portolan {

// Today's rules in one file, its kind told from its content: nft -j JSON
// or iptables-save text (also Portolan's own iptables-restore export).
class RulesFile
{
    Q_DECLARE_TR_FUNCTIONS(RulesFile)
public:
    static std::optional<FilterProgram> read(const QByteArray &content, const QString &fileName,
                                             const IpsetSets &ipsets, Diagnostics *errors);
};

} // namespace portolan
