#pragma once

#include "export/exporter.h"

#include <QCoreApplication>
#include <QSet>

namespace portolan {

// One rule of a host rule set, made ready for a packet filter: peers and
// local addresses resolved and cut to the rule's family, comment sanitised.
struct HostRule
{
    const Rule *rule = nullptr;
    bool anyPeer = false; // no source/destination restriction
    CidrList peers;       // when !anyPeer; never empty then
    CidrList locals;      // empty = any local address
    // Sanitised one-line comment of at most `cap` characters.
    QString comment(int cap) const;
};

// A node's host firewall as every host target sees it.
struct HostPoint
{
    const RuleSet *ruleSet = nullptr;
    QString slug;           // file name part, unique in the export
    QString title;          // sanitised "name (id)" for comments
    bool hasEgress = false; // the plan lists egress rules for the node
    QList<HostRule> rules;  // the rule set's order

    QList<HostRule> select(Direction direction, IpFamily family) const;
};

// A peer list that is written once for the whole export and referenced by
// the host files that match it (nftables: sets/<name>.nft, included;
// iptables: sets/<name>.ipset, loaded with `ipset restore` and matched with
// -m set). A member set of a large cluster is the peer list of a rule on
// every member: written into each host file it makes n files of n
// addresses, and the bundle n^2.
struct SharedSet
{
    // "shared4_" or "shared6_" and 12 hex digits of the elements' SHA-256:
    // stable across unrelated edits, and 20 characters, within ipset's 31.
    QString name;
    IpFamily family = IpFamily::IPv4;
    CidrList cidrs;
    QSet<const HostPoint *> users; // the host files with a rule matching it
};

// Which peer lists every host target shares, decided once so the targets
// agree on the threshold and the names.
class SharedSets
{
public:
    // A list at least this long that several host files match is shared.
    // Shorter lists cost less to repeat than a second file costs to copy.
    static constexpr int Minimum = 32;

    // `points` must outlive this object (users point into it).
    explicit SharedSets(const QList<HostPoint> &points);
    // The shared set a rule's peers are, or nullptr (too short, one user,
    // any peer). O(1): derivation shares a list's storage between rule sets.
    const SharedSet *find(const HostRule &rule) const;
    // Every shared set, in the order the points and their rules first use
    // them.
    const QList<SharedSet> &all() const { return m_sets; }
    bool usedBy(const HostPoint &point) const;

private:
    QList<SharedSet> m_sets;
    QHash<QPair<quintptr, qsizetype>, qsizetype> m_index; // (storage, size * 2 + family) -> m_sets
};

// What the host exporters share: which rule sets they cover, how peers are
// resolved, the header every generated file starts with, and the policy
// every target follows (one place, so all targets agree):
// - ingress: default drop; loopback, established/related and the plan's
//   rules are accepted (IPv6 also accepts neighbour discovery);
// - egress: default accept. Derivation lists a host's own outbound services
//   (SMTP, DNS, NTP: the catalog's egress ports) but not its connections to
//   peers and back ends, so a drop policy would cut cluster traffic. The
//   egress rules are still written, as accept rules, so the file documents
//   them and an operator who tightens the policy keeps them.
class HostTarget
{
    Q_DECLARE_TR_FUNCTIONS(HostTarget)
public:
    static QList<HostPoint> points(const ExportInput &input, QList<ExportProblem> *problems);
    // Whether a host whose node states `firewall` loads the files of the
    // exporter `target` (iptables covers ip6tables).
    static bool loads(HostFirewall firewall, const QString &target);

    // Plain text lines (no comment marker), each safe for any comment syntax.
    static QStringList header(const ExportInput &input, const HostPoint &point, const QString &target,
                              const QStringList &howToApply);

    // For the rules of one chain (one direction and family, as select()
    // gives them): true for each rule that a broader rule of the chain
    // already accepts whole: an any-peer rule of the same protocol (or of
    // every protocol) whose ports cover the rule's, for any local address or
    // the same ones. Accept-only chains lose nothing when those are left out.
    // O(n log n) in the chain's rules and port ranges.
    static QList<bool> covered(const QList<HostRule> &chain);

    // Keeps the first of identical problems (same severity, rule set and
    // text): a warning is given once.
    static void dropRepeated(QList<ExportProblem> *problems);

    // Splits ports into groups using at most `slots` slots each, a range
    // taking two (iptables multiport, ufw).
    static QList<QList<PortRange>> chunkPorts(const QList<PortRange> &ports, int slots);

    // The addresses as text, separated by `separator`.
    static QString joined(const CidrList &cidrs, const QString &separator);

    static QString familyName(IpFamily family)
    {
        return family == IpFamily::IPv4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6");
    }
    static bool inFamily(const Cidr &cidr, IpFamily family)
    {
        return family == IpFamily::IPv4 ? cidr.isIPv4() : cidr.isIPv6();
    }
};

} // namespace portolan
