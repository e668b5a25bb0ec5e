#include "rulesfile.h"

#include "nftjsonreader.h"

namespace portolan {

std::optional<FilterProgram> RulesFile::read(const QByteArray &content, const QString &fileName,
                                             const IpsetSets &ipsets, Diagnostics *errors)
{
    if (NftJsonReader::looksLike(content))
        return NftJsonReader::read(content, fileName, errors);
    if (IptablesReader::looksLike(content))
        return IptablesReader::read(content, fileName, ipsets, errors);
    errors->append(
        {fileName, 1, 1,
         tr("not a rules file this reader knows: expected `iptables-save` / `ip6tables-save` output "
            "or `nft -j list ruleset` JSON"),
         tr("a plain `nft list ruleset` is not read; run `nft -j list ruleset` instead")});
    return std::nullopt;
}

} // namespace portolan
