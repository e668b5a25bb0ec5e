#pragma once

#include "project.h"

#include <type_traits>
#include <utility>

namespace portolan {

// The list of the project that holds the elements of type T: listOf<Zone>()
// is zones. One place maps a type to its list, for code written once for
// every kind of element.
template <typename T> const QList<T> &listOf(const Project &project)
{
    if constexpr (std::is_same_v<T, Zone>)
        return project.zones;
    else if constexpr (std::is_same_v<T, Node>)
        return project.nodes;
    else if constexpr (std::is_same_v<T, LoadBalancer>)
        return project.loadBalancers;
    else if constexpr (std::is_same_v<T, NatLayer>)
        return project.natLayers;
    else if constexpr (std::is_same_v<T, Firewall>)
        return project.firewalls;
    else if constexpr (std::is_same_v<T, Link>)
        return project.links;
    else {
        static_assert(std::is_same_v<T, Client>, "not an element type");
        return project.clients;
    }
}

template <typename T> QList<T> &listOf(Project &project)
{
    return const_cast<QList<T> &>(listOf<T>(std::as_const(project)));
}

} // namespace portolan
