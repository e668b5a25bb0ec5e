#pragma once

#include "flow.h"

#include <QStringList>

namespace portolan {

class DeriveContext;

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
    // What changed, for views that show the earlier plan and want to update
    // only that. `aligned`: both lists have the same length and, position by
    // position, flows with the same source, destination and catalog port
    // (most edits: a port, an address, a setting); `changed` then lists the
    // positions whose flows differ in anything. Not aligned: flows came or
    // went, and `changed` is empty (compare for yourself).
    struct Changes
    {
        bool aligned = false;
        QList<qsizetype> changed;
    };

    // `before` and `beforeKeys` as SortFlows left them in the earlier run.
    static Changes run(DeriveContext &context, const FlowList &before, const QStringList &beforeKeys);
};

} // namespace portolan
