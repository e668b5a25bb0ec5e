#include "flowdiff.h"

#include <QHash>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

// Whether every network of `inner` lies in one of `outer`. Equal networks
// are set aside first (sorted lists), so a 10,000-member peer set that
// gained one host costs one pass, not 10,000².
bool covers(const CidrList &outerList, const CidrList &innerList)
{
    // Derived lists come sorted (CidrInterner): copy and sort only when not.
    auto sortedOf = [](const CidrList &list) {
        if (std::is_sorted(list.cbegin(), list.cend()))
            return list; // shares the storage, no copy
        CidrList copy = list;
        std::sort(copy.begin(), copy.end());
        return copy;
    };
    const CidrList outer = sortedOf(outerList);
    const CidrList inner = sortedOf(innerList);
    CidrList rest;
    std::set_difference(inner.cbegin(), inner.cend(), outer.cbegin(), outer.cend(), std::back_inserter(rest));
    for (const Cidr &c : std::as_const(rest))
        if (std::none_of(outer.cbegin(), outer.cend(), [&](const Cidr &o) { return o.contains(c); }))
            return false;
    return true;
}

// covers(), asked once per pair of list storages: the changed flows of one
// widened client share its two member sets (valid while the lists live).
class CoverMemo
{
public:
    bool operator()(const CidrList &outer, const CidrList &inner)
    {
        const Key key{outer.constData(), outer.size(), inner.constData(), inner.size()};
        auto it = m_memo.constFind(key);
        if (it == m_memo.cend())
            it = m_memo.insert(key, covers(outer, inner));
        return *it;
    }

private:
    struct Key
    {
        const Cidr *outer;
        qsizetype outerSize;
        const Cidr *inner;
        qsizetype innerSize;
        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &k, size_t seed)
        {
            return qHashMulti(seed, k.outer, k.outerSize, k.inner, k.innerSize);
        }
    };
    QHash<Key, bool> m_memo;
};

// Memos for one FlowDiff::compare call.
struct FlowMemo
{
    CidrListText text;
    CoverMemo covers;
};

bool portsCover(const Flow &outer, const Flow &inner)
{
    if (outer.protocol == Protocol::Any)
        return true;
    return inner.protocol != Protocol::Any && outer.ports.from <= inner.ports.from &&
           inner.ports.to <= outer.ports.to;
}

FlowChange matched(const Flow &before, const Flow &after, FlowMemo *memo)
{
    FlowChange change;
    change.before = before;
    change.after = after;
    bool scopeOnly = true; // only sources and ports differ
    bool wider = true;
    bool narrower = true;
    if (before.ports != after.ports || before.protocol != after.protocol) {
        change.fields.append({u"ports"_s, FlowDiff::portsText(before), FlowDiff::portsText(after)});
        wider = wider && portsCover(after, before);
        narrower = narrower && portsCover(before, after);
    }
    if (before.source.cidrs != after.source.cidrs) {
        change.fields.append({u"sources"_s, FlowDiff::cidrsText(before.source.cidrs, &memo->text),
                              FlowDiff::cidrsText(after.source.cidrs, &memo->text)});
        wider = wider && memo->covers(after.source.cidrs, before.source.cidrs);
        narrower = narrower && memo->covers(before.source.cidrs, after.source.cidrs);
    }
    if (before.destination.cidrs != after.destination.cidrs) {
        scopeOnly = false;
        change.fields.append({u"destinations"_s, FlowDiff::cidrsText(before.destination.cidrs, &memo->text),
                              FlowDiff::cidrsText(after.destination.cidrs, &memo->text)});
    }
    if (before.via != after.via) {
        scopeOnly = false;
        change.fields.append({u"via"_s, FlowDiff::viaText(before), FlowDiff::viaText(after)});
    }
    if (before.audience != after.audience) {
        scopeOnly = false;
        change.fields.append({u"audience"_s, audienceName(before.audience), audienceName(after.audience)});
    }
    if (scopeOnly && wider && !narrower)
        change.kind = FlowChange::Kind::Widened;
    else if (scopeOnly && narrower && !wider)
        change.kind = FlowChange::Kind::Narrowed;
    else
        change.kind = FlowChange::Kind::Changed;
    return change;
}

QStringList pointsOf(const QHash<QString, QStringList> &flowPoints, const FlowChange &change)
{
    QStringList points;
    if (change.before)
        points += flowPoints.value(change.before->key());
    if (change.after)
        points += flowPoints.value(change.after->key());
    points.sort();
    points.removeDuplicates();
    return points;
}

} // namespace

namespace {

// Each kind's name (JSON, Markdown) and sign (text report) in one table.
struct FlowChangeSpelling
{
    FlowChange::Kind kind;
    const char16_t *name;
    const char16_t *sign;
};
constexpr std::array<FlowChangeSpelling, 5> flowChangeSpellings{{
    {FlowChange::Kind::Added, u"added", u"+"},
    {FlowChange::Kind::Removed, u"removed", u"-"},
    {FlowChange::Kind::Widened, u"widened", u">"},
    {FlowChange::Kind::Narrowed, u"narrowed", u"<"},
    {FlowChange::Kind::Changed, u"changed", u"~"},
}};

const FlowChangeSpelling &spellingOf(FlowChange::Kind kind)
{
    for (const auto &spelling : flowChangeSpellings)
        if (spelling.kind == kind)
            return spelling;
    return flowChangeSpellings.back();
}

} // namespace

QString flowChangeKindName(FlowChange::Kind kind)
{
    return QString::fromUtf16(spellingOf(kind).name);
}

QString flowChangeSign(FlowChange::Kind kind)
{
    return QString::fromUtf16(spellingOf(kind).sign);
}

QString FlowDiff::intentKey(const Flow &flow)
{
    return flow.source.id % u'>' % flow.destination.id % u'|' % protocolName(flow.protocol) % u'|' %
           flow.component % u'|' % flow.port;
}

QString FlowDiff::cidrsText(const CidrList &cidrs, CidrListText *memo)
{
    return memo ? (*memo)(cidrs, u' ') : CidrListText::join(cidrs, u' ');
}

QString FlowDiff::portsText(const Flow &flow)
{
    return flow.protocol == Protocol::Any ? u"any"_s : flow.ports.toString();
}

QString FlowDiff::viaText(const Flow &flow)
{
    QStringList hops;
    for (const FlowHop &hop : flow.via) {
        QString text = hop.id;
        if (hop.fromAddress != hop.toAddress || hop.fromPorts != hop.toPorts)
            text += u' ' + hop.fromAddress.toString() + u':' + hop.fromPorts.toString() + u"=>"_s +
                    hop.toAddress.toString() + u':' + hop.toPorts.toString();
        hops.append(text);
    }
    return hops.join(u", "_s);
}

QString FlowDiff::pathText(const FlowPath &path)
{
    if (path.status == PathStatus::Works || path.stop.isEmpty())
        return pathStatusName(path.status);
    return pathStatusName(path.status) % u" at "_s % path.stop % u" ("_s % pathProblemName(path.problem) %
           u')';
}

void FlowDiff::assignPoints(const QHash<QString, QStringList> &flowPoints, QList<FlowChange> *flows)
{
    for (FlowChange &change : *flows)
        change.points = pointsOf(flowPoints, change);
}

void FlowDiff::compare(const FlowList &before, const FlowList &after, QList<FlowChange> *flows,
                       QList<PathChange> *paths)
{
    // Pass 1: the same flow key on both sides (one hash of the new side).
    QHash<QString, qsizetype> newByKey;
    newByKey.reserve(after.size());
    for (qsizetype i = 0; i < after.size(); ++i)
        newByKey.insert(after[i].key(), i);
    QList<bool> newMatched(after.size(), false);
    QList<qsizetype> oldLeft;
    QList<std::pair<qsizetype, qsizetype>> pairs;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const auto it = newByKey.constFind(before[i].key());
        if (it == newByKey.cend()) {
            oldLeft.append(i);
            continue;
        }
        newMatched[*it] = true;
        if (!(before[i] == after[*it]))
            pairs.append({i, *it});
    }
    // Pass 2: the rest by intent, in key order (both lists are sorted).
    QHash<QString, QList<qsizetype>> newByIntent;
    for (qsizetype i = 0; i < after.size(); ++i)
        if (!newMatched[i])
            newByIntent[intentKey(after[i])].append(i);
    QList<FlowChange> out;
    FlowMemo memo; // the plans' lists live until we return
    for (qsizetype i : std::as_const(oldLeft)) {
        auto it = newByIntent.find(intentKey(before[i]));
        if (it == newByIntent.end() || it->isEmpty()) {
            FlowChange removed;
            removed.kind = FlowChange::Kind::Removed;
            removed.before = before[i];
            out.append(std::move(removed));
            continue;
        }
        const qsizetype j = it->takeFirst();
        newMatched[j] = true;
        pairs.append({i, j});
    }
    for (qsizetype j = 0; j < after.size(); ++j) {
        if (newMatched[j])
            continue;
        FlowChange added;
        added.kind = FlowChange::Kind::Added;
        added.after = after[j];
        out.append(std::move(added));
    }
    for (const auto &[i, j] : std::as_const(pairs)) {
        const Flow &a = before[i];
        const Flow &b = after[j];
        if (a.path.status != b.path.status)
            paths->append({a, b});
        FlowChange change = matched(a, b, &memo);
        if (!change.fields.isEmpty())
            out.append(std::move(change));
    }
    std::stable_sort(out.begin(), out.end(), [](const FlowChange &x, const FlowChange &y) {
        return x.flow().key() < y.flow().key();
    });
    std::stable_sort(paths->begin(), paths->end(),
                     [](const PathChange &x, const PathChange &y) { return x.after.key() < y.after.key(); });
    flows->append(out);
}

} // namespace portolan
