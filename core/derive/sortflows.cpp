#include "sortflows.h"

#include <algorithm>
#include <numeric>

namespace portolan {

void SortFlows::run(DeriveContext &context)
{
    FlowList &flows = context.flows;
    for (Flow &flow : flows)
        if (flow.protocol == Protocol::Any)
            flow.ports = {}; // all protocols: ports mean nothing
    // Keys once, then sort indices: a key is a string built from many fields.
    QStringList keys;
    keys.reserve(flows.size());
    for (const Flow &flow : std::as_const(flows))
        keys.append(flow.key());
    std::vector<qsizetype> order(size_t(flows.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return keys[a] < keys[b]; });
    FlowList sorted;
    sorted.reserve(flows.size());
    QStringList sortedKeys;
    sortedKeys.reserve(flows.size());
    for (qsizetype i : order) {
        if (!sortedKeys.isEmpty() && sortedKeys.last() == keys[i])
            continue;
        sortedKeys.append(std::move(keys[i]));
        sorted.append(std::move(flows[i]));
    }
    flows = std::move(sorted);
    context.flowKeys = std::move(sortedKeys);
}

} // namespace portolan
