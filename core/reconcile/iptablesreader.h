#pragma once

#include "filterprogram.h"

#include <QCoreApplication>
#include <QHash>

namespace portolan {

// `ipset save` output: the address sets `-m set --match-set` refers to.
// Only the address types (hash:ip, hash:net, bitmap:ip) become addresses;
// a set of another type is known by name but matched as unknown.
struct IpsetSets
{
    struct Set
    {
        QString type;
        IpFamily family = IpFamily::IPv4;
        AddressSet addresses;
        bool addressOnly = true; // hash:ip / hash:net / bitmap:ip
    };
    QHash<QString, Set> sets;
};

// Reads `iptables-save` / `ip6tables-save` output (also what
// iptables-restore takes, so Portolan's own export) into a FilterProgram:
// the filter table's chains, policies and rules. Other tables are skipped
// whole (the nat table's redirects change ports, not what is admitted).
// Matches it does not know are kept as FilterMatch::unknown with their
// file:line:column; structural errors (a rule outside a table, a bad
// address or port, an unterminated quote) are Diagnostics and nothing is
// returned.
class IptablesReader
{
    Q_DECLARE_TR_FUNCTIONS(IptablesReader)
public:
    // True when the text looks like iptables-save output (a `*table` line).
    static bool looksLike(const QByteArray &content);
    static std::optional<FilterProgram> read(const QByteArray &content, const QString &fileName,
                                             const IpsetSets &ipsets, Diagnostics *errors);
    static std::optional<IpsetSets> readIpset(const QByteArray &content, const QString &fileName,
                                              Diagnostics *errors);
};

// Parses "10.0.0.0/8", "10.0.0.0/255.0.0.0", "2001:db8::/32", "10.0.0.1"
// strictly; false on anything else.
bool parseAddressSpec(const QString &text, IpFamily *family, AddressSet *out);

} // namespace portolan
