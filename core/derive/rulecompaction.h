#pragma once

#include "cidrinterner.h"
#include "ruleset.h"

namespace portolan {

// One allow rule as the builder makes it from one flow, before compaction.
struct DraftRule
{
    Direction direction = Direction::Ingress;
    IpFamily family = IpFamily::IPv4;
    Protocol protocol = Protocol::Tcp;
    QList<PortRange> ports;          // empty for Any
    int peers = CidrInterner::Empty; // interned peer set
    QString peerGroup;               // instead of peers
    int local = CidrInterner::Empty; // interned local addresses (boundary firewalls)
    QStringList flowKeys;
    QStringList labels; // "<component> <port>" for the comment
    QList<int> pending; // compaction only: sets waiting for one union
};

// Pass: drafts -> the rule set's rules. Rules with the same peers merge
// their ports (sorted, contiguous and overlapping ranges joined); rules with
// the same ports then merge their peers into one set, and rules with the same
// ports and peers their local addresses; duplicates vanish;
// IPv4 and IPv6 never mix. The result is sorted, so equal input gives equal
// bytes.
class RuleCompaction
{
public:
    static QList<Rule> compact(QList<DraftRule> drafts, CidrInterner &interner);
    static QList<PortRange> mergedPorts(QList<PortRange> ports);
    // Short, ASCII-only, within every target's comment alphabet and length.
    static QString comment(const QStringList &labels);
};

} // namespace portolan
