#include "reuseflows.h"

#include "derivecontext.h"

namespace portolan {

namespace {

// A member set's endpoint lists hundreds of members and addresses, and
// every flow of the set repeats them. Remembered by the new list's data:
// the flows of one set share it already, so each list is compared once.
class ListSharer
{
public:
    void share(const FlowEndpoint &before, FlowEndpoint &after)
    {
        share(m_members, before.members, after.members);
        share(m_cidrs, before.cidrs, after.cidrs);
    }

private:
    template <typename List>
    static void share(QHash<const void *, List> &equalBefore, const List &before, List &after)
    {
        if (after.isEmpty() || after.constData() == before.constData())
            return;
        auto it = equalBefore.constFind(after.constData());
        if (it == equalBefore.cend())
            it = equalBefore.insert(after.constData(), before == after ? before : List());
        if (!it->isEmpty())
            after = *it;
    }

    QHash<const void *, QStringList> m_members;
    QHash<const void *, CidrList> m_cidrs;
};

} // namespace

ReuseFlows::Changes ReuseFlows::run(DeriveContext &context, const FlowList &before,
                                    const QStringList &beforeKeys)
{
    FlowList &after = context.flows;
    ListSharer lists;
    // True when the two differ.
    auto pair = [&lists](const Flow &old, Flow &flow) {
        if (old == flow) {
            flow = old;
            return false;
        }
        lists.share(old.source, flow.source);
        lists.share(old.destination, flow.destination);
        return true;
    };
    Changes changes;
    // Both lists are in key order. An edit usually keeps the set of flows
    // and changes a few: then position i matches position i. Otherwise the
    // keys pair them up.
    if (before.size() == after.size()) {
        bool aligned = true;
        for (qsizetype i = 0; i < before.size() && aligned; ++i) {
            const Flow &old = before[i];
            Flow &flow = after[i];
            aligned = old.source.id == flow.source.id && old.destination.id == flow.destination.id &&
                      old.port == flow.port;
            if (aligned && pair(old, flow))
                changes.changed.append(i);
        }
        if (aligned) {
            changes.aligned = true;
            return changes;
        }
        changes.changed.clear();
    }
    if (beforeKeys.size() != before.size() || context.flowKeys.size() != after.size())
        return changes; // not as SortFlows leaves them: share nothing rather than guess
    QHash<QString, qsizetype> byKey;
    byKey.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        byKey.insert(beforeKeys[i], i);
    for (qsizetype i = 0; i < after.size(); ++i)
        if (const auto it = byKey.constFind(context.flowKeys[i]); it != byKey.cend())
            pair(before[*it], after[i]);
    return changes;
}

} // namespace portolan
