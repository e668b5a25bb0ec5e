#include "rulecompaction.h"

#include <algorithm>
#include <functional>
#include <tuple>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

void absorb(DraftRule &into, DraftRule &from)
{
    into.flowKeys += std::move(from.flowKeys);
    into.labels += std::move(from.labels);
}

QStringList sortedUnique(QStringList list)
{
    list.sort();
    list.erase(std::unique(list.begin(), list.end()), list.end());
    return list;
}

// Sorts by `key` and folds runs of equal keys into their first draft. Tuple
// keys, not strings: compaction runs once per enforcement point, tens of
// thousands of times on a large plan.
template <typename Key, typename Fold> QList<DraftRule> mergeBy(QList<DraftRule> drafts, Key key, Fold fold)
{
    std::stable_sort(drafts.begin(), drafts.end(),
                     [&](const DraftRule &a, const DraftRule &b) { return key(a) < key(b); });
    QList<DraftRule> merged;
    merged.reserve(drafts.size());
    for (DraftRule &d : drafts) {
        if (!merged.isEmpty() && key(merged.last()) == key(d)) {
            fold(merged.last(), d);
            absorb(merged.last(), d);
        } else {
            merged.append(std::move(d));
        }
    }
    return merged;
}

} // namespace

QList<PortRange> RuleCompaction::mergedPorts(QList<PortRange> ports)
{
    std::sort(ports.begin(), ports.end());
    QList<PortRange> merged;
    for (const PortRange &range : std::as_const(ports)) {
        if (!merged.isEmpty() && range.from <= merged.last().to + 1)
            merged.last().to = std::max(merged.last().to, range.to);
        else
            merged.append(range);
    }
    return merged;
}

QString RuleCompaction::comment(const QStringList &labels)
{
    // The AWS description alphabet is the narrowest of the targets.
    static const QString allowed = u" ._-:/()#,@[]+=&;{}!$*"_s;
    QString text = labels.join(u", "_s);
    for (QChar &c : text) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
                        allowed.contains(c);
        if (!ok)
            c = u'_';
    }
    constexpr int MaxLength = 100; // within nftables' 128 and every cloud's description
    if (text.size() > MaxLength)
        text = text.left(MaxLength - 3) + u"..."_s;
    return text;
}

QList<Rule> RuleCompaction::compact(QList<DraftRule> drafts, CidrInterner &interner)
{
    auto head = [](const DraftRule &d) { return std::tie(d.direction, d.family, d.protocol, d.peerGroup); };
    // 1. Same peers and local addresses: merge ports.
    drafts = mergeBy(
        std::move(drafts),
        [&](const DraftRule &d) { return std::tuple_cat(head(d), std::tie(d.peers, d.local)); },
        [](DraftRule &into, DraftRule &from) { into.ports += from.ports; });
    for (DraftRule &d : drafts) {
        d.ports = d.protocol == Protocol::Any ? QList<PortRange>{} : mergedPorts(d.ports);
        d.pending = {d.peers};
    }
    // 2. Same ports and local addresses: merge peers (one union per group).
    drafts = mergeBy(
        std::move(drafts),
        [&](const DraftRule &d) { return std::tuple_cat(head(d), std::tie(d.ports, d.local)); },
        [](DraftRule &into, DraftRule &from) { into.pending += from.pending; });
    for (DraftRule &d : drafts) {
        d.peers = interner.unite(d.pending);
        d.pending = {d.local};
    }
    // 3. Same ports and peers: merge local addresses (boundary firewalls: "out
    // to the internet from these hosts"). "Any local address" (none listed)
    // never merges with a list: it is not a subset.
    drafts = mergeBy(
        std::move(drafts),
        [&](const DraftRule &d) {
            return std::tuple_cat(
                head(d), std::make_tuple(std::cref(d.ports), d.peers, d.local == CidrInterner::Empty));
        },
        [](DraftRule &into, DraftRule &from) { into.pending += from.pending; });

    QList<Rule> rules;
    rules.reserve(drafts.size());
    for (DraftRule &d : drafts) {
        Rule rule;
        rule.direction = d.direction;
        rule.family = d.family;
        rule.protocol = d.protocol;
        rule.ports = d.ports;
        rule.peerGroup = d.peerGroup;
        if (d.peerGroup.isEmpty())
            rule.peers = interner.cidrs(d.peers);
        rule.localAddresses = interner.cidrs(interner.unite(d.pending));
        rule.flowKeys = sortedUnique(std::move(d.flowKeys));
        rule.comment = comment(sortedUnique(std::move(d.labels)));
        rules.append(std::move(rule));
    }
    // A stable, content-based order: same plan, same bytes.
    std::sort(rules.begin(), rules.end(), [](const Rule &a, const Rule &b) {
        return std::tie(a.direction, a.family, a.protocol, a.peerGroup, a.peers, a.localAddresses, a.ports) <
               std::tie(b.direction, b.family, b.protocol, b.peerGroup, b.peers, b.localAddresses, b.ports);
    });
    return rules;
}

} // namespace portolan
