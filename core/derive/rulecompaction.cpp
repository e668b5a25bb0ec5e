#include "rulecompaction.h"

#include <QHash>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

QString portsText(const QList<PortRange> &ports)
{
    QString text;
    for (const PortRange &range : ports)
        text += QString::number(range.from).rightJustified(5, u'0') % u'-'
            % QString::number(range.to).rightJustified(5, u'0') % u',';
    return text;
}

enum class Merge { Ports, Peers, Local };

// What must be equal for two drafts to merge the third field.
QString groupKey(const DraftRule &d, Merge merge)
{
    const QString common = QString::number(int(d.direction)) % u'|' % QString::number(int(d.family)) % u'|'
        % QString::number(int(d.protocol)) % u'|' % d.peerGroup % u'|';
    switch (merge) {
    case Merge::Ports:
        return common % QString::number(d.peers) % u'|' % QString::number(d.local);
    case Merge::Peers:
        return common % portsText(d.ports) % u'|' % QString::number(d.local);
    case Merge::Local:
        // "Any local address" (empty) never merges with a list: it is not a subset.
        return common % portsText(d.ports) % u'|' % QString::number(d.peers) % u'|'
            % (d.local == CidrInterner::Empty ? u"any"_s : u"list"_s);
    }
    return common;
}

void absorb(DraftRule &into, const DraftRule &from)
{
    into.flowKeys += from.flowKeys;
    into.labels += from.labels;
}

QStringList sortedUnique(QStringList list)
{
    list.sort();
    list.erase(std::unique(list.begin(), list.end()), list.end());
    return list;
}

// Sorting by the first network, then by the set's id (deterministic: sets are
// interned in flow order) avoids writing out thousands of addresses per rule.
QString cidrsOrder(const CidrList &list, int id)
{
    return (list.isEmpty() ? QString() : list.first().toString()) % u'#' % QString::number(id).rightJustified(8, u'0');
}

// Groups drafts equal but for one CIDR set and unites the sets, once per group.
QMap<QString, DraftRule> mergeSets(const QMap<QString, DraftRule> &drafts, Merge merge, int DraftRule::*set,
                                   CidrInterner &interner)
{
    QMap<QString, DraftRule> merged;
    QHash<QString, QList<int>> sets;
    for (const DraftRule &d : drafts) {
        const QString key = groupKey(d, merge);
        auto it = merged.find(key);
        if (it == merged.end())
            merged.insert(key, d);
        else
            absorb(*it, d);
        sets[key].append(d.*set);
    }
    for (auto it = merged.begin(); it != merged.end(); ++it)
        (*it).*set = interner.unite(sets.value(it.key()));
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
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || allowed.contains(c);
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
    // 1. Same peers and local addresses: merge ports.
    QMap<QString, DraftRule> byPeers;
    for (DraftRule &d : drafts) {
        const QString key = groupKey(d, Merge::Ports);
        auto it = byPeers.find(key);
        if (it == byPeers.end()) {
            byPeers.insert(key, std::move(d));
        } else {
            it->ports += d.ports;
            absorb(*it, d);
        }
    }
    // 2. Same ports and local addresses: merge peers.
    for (DraftRule &d : byPeers) {
        if (d.protocol != Protocol::Any)
            d.ports = mergedPorts(d.ports);
        else
            d.ports.clear();
    }
    const QMap<QString, DraftRule> byPorts = mergeSets(byPeers, Merge::Peers, &DraftRule::peers, interner);
    // 3. Same ports and peers: merge local addresses (boundary firewalls:
    // "out to the internet from these hosts").
    const QMap<QString, DraftRule> byLocal = mergeSets(byPorts, Merge::Local, &DraftRule::local, interner);
    // 3. Rules, in a stable order.
    QMap<QString, Rule> sorted;
    for (const DraftRule &d : std::as_const(byLocal)) {
        Rule rule;
        rule.direction = d.direction;
        rule.family = d.family;
        rule.protocol = d.protocol;
        rule.ports = d.ports;
        rule.peerGroup = d.peerGroup;
        if (d.peerGroup.isEmpty())
            rule.peers = interner.cidrs(d.peers);
        rule.localAddresses = interner.cidrs(d.local);
        rule.flowKeys = sortedUnique(d.flowKeys);
        rule.comment = comment(sortedUnique(d.labels));
        const QString key = QString::number(int(rule.direction)) % u'|' % QString::number(int(rule.family)) % u'|'
            % protocolName(rule.protocol) % u'|' % rule.peerGroup % u'|' % cidrsOrder(rule.peers, d.peers) % u'|'
            % cidrsOrder(rule.localAddresses, d.local) % u'|' % portsText(rule.ports);
        sorted.insert(key, rule);
    }
    return sorted.values();
}

} // namespace portolan
