#pragma once

#include "clientfields.h"
#include "firewallfields.h"
#include "linkfields.h"
#include "loadbalancerfields.h"
#include "natfields.h"
#include "nodefields.h"
#include "project.h"
#include "zonefields.h"

#include <algorithm>
#include <utility>

namespace portolan {

namespace detail {

template <typename List, typename E, typename F>
bool visitIn(List &list, const QList<FieldDescription<E>> &fields, const ElementId &id, F &f)
{
    // Looked up without detaching, so an edit copies only the list it changes.
    const auto &view = std::as_const(list);
    const auto it = std::find_if(view.begin(), view.end(), [&](const E &e) { return e.id == id; });
    if (it == view.end())
        return false;
    f(list[it - view.begin()], fields);
    return true;
}

} // namespace detail

// Calls f(element, its kind's field description) for the element `id`
// names; false when no element has that id. `P` is Project or const Project.
template <typename P, typename F> bool visitFields(P &project, const ElementId &id, F &&f)
{
    using detail::visitIn;
    return visitIn(project.zones, zoneFields(), id, f) || visitIn(project.nodes, nodeFields(), id, f) ||
           visitIn(project.loadBalancers, loadBalancerFields(), id, f) ||
           visitIn(project.natLayers, natFields(), id, f) ||
           visitIn(project.firewalls, firewallFields(), id, f) ||
           visitIn(project.links, linkFields(), id, f) || visitIn(project.clients, clientFields(), id, f);
}

} // namespace portolan
