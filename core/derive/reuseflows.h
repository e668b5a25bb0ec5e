#pragma once

#include "derivecontext.h"

namespace portolan {

// Pass (after SortFlows, when an earlier plan of the same document is at
// hand): every flow equal to one of the earlier plan's flows becomes a copy
// of it, sharing its strings and lists; a changed flow still shares the
// member and address lists that did not change (an address edit changes a
// member set's addresses, not its members). Changes no value. What it buys:
// whoever compares the two plans (the rule sets' reuse, the editor's views)
// compares shared data by pointer instead of element by element.
class ReuseFlows
{
public:
    // `before` and `beforeKeys` as SortFlows left them in the earlier run.
    static void run(DeriveContext &context, const FlowList &before, const QStringList &beforeKeys);
};

} // namespace portolan
