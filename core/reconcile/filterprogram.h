#pragma once

#include "io/diagnostic.h"
#include "packetspace.h"

#include <optional>

namespace portolan {

// Where a rule (or a chain's policy) came from: the file and the line it
// starts on, and the chain, for people to find it again.
struct RuleOrigin
{
    QString file;
    int line = 0;
    int column = 0;
    QString chain;            // "INPUT", "inet portolan input"
    QString toString() const; // "file:line" (":column" when known)
    friend bool operator==(const RuleOrigin &, const RuleOrigin &) = default;
};

enum class Verdict
{
    Continue, // no verdict (a counter, a log): the packet goes on
    Accept,
    Drop, // DROP and REJECT
    Return,
    Jump,
    Goto,
};

enum class ChainHook
{
    None,
    Input,
    Output,
    Forward,
    Other
};

// A rule's conditions, each on one dimension of the packet space (a
// conjunction). Unset = any. Addresses are sources and destinations as
// written; the evaluation turns them into peer and local by direction.
struct FilterMatch
{
    std::optional<IpFamily> family; // unset: both (nftables inet)
    std::optional<ProtocolSet> protocols;
    std::optional<PortSet> dports;
    std::optional<PortSet> sports;
    std::optional<AddressSet> sources;
    std::optional<AddressSet> destinations;
    bool matchesNew = true;    // false: only established/related/invalid packets (never a new connection)
    bool loopbackOnly = false; // -i lo / iif "lo": only the host talking to itself
    bool neverMatches = false; // contradictory (an empty set, tcp and udp at once)
    // Matches the reader did not understand, each "what (file:line:column)".
    // Accept and jump rules are evaluated as if they were not there, drop
    // rules as if they never matched: today's rules are assumed to admit
    // the most they could, and the result is never called exact.
    QStringList unknown;
};

struct FilterRule
{
    FilterMatch match;
    Verdict verdict = Verdict::Continue;
    QString target; // chain name for Jump / Goto
    RuleOrigin origin;
    QString text; // the rule as written (user text: escape on output)
};

struct FilterChain
{
    QString table; // "filter", "inet portolan"
    QString name;
    ChainHook hook = ChainHook::None;
    int priority = 0;
    Verdict policy = Verdict::Accept; // base chains: Accept or Drop
    std::optional<IpFamily> family;   // unset: both families (inet)
    RuleOrigin origin;
    QList<FilterRule> rules;
    QString key() const { return table + u'\x1f' + name; }
};

// What a reader makes of today's rules: the filter chains, neutral.
struct FilterProgram
{
    QString file;
    QString format;           // "iptables-save", "nft-json"
    QList<IpFamily> families; // the families the file speaks for (an iptables-save file: one)
    QList<FilterChain> chains;
    Diagnostics notes; // things read but not understood, with their file:line

    const FilterChain *chain(const QString &table, const QString &name) const;
    // A note at each rule's file:line:column for each match it did not understand.
    void noteUnknownMatches();
};

} // namespace portolan
