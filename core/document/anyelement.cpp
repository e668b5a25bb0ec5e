#include "anyelement.h"

#include "model/elementlists.h"

#include <utility>

namespace portolan {

ElementId idOf(const AnyElement &element)
{
    return std::visit([](const auto &e) { return e.id; }, element);
}

void setIdOf(AnyElement &element, const ElementId &id)
{
    std::visit([&](auto &e) { e.id = id; }, element);
}

ElementKind kindOf(const AnyElement &element)
{
    // Variant order equals ElementKind order (checked below).
    static_assert(std::is_same_v<std::variant_alternative_t<int(ElementKind::Client), AnyElement>, Client>);
    return ElementKind(element.index());
}

std::optional<AnyElement> elementOf(const Project &project, const ElementId &id)
{
    if (auto e = project.zone(id))
        return *e;
    if (auto e = project.node(id))
        return *e;
    if (auto e = project.loadBalancer(id))
        return *e;
    if (auto e = project.natLayer(id))
        return *e;
    if (auto e = project.firewall(id))
        return *e;
    if (auto e = project.link(id))
        return *e;
    if (auto e = project.client(id))
        return *e;
    return std::nullopt;
}

void appendElement(Project &project, const AnyElement &element)
{
    std::visit([&](const auto &e) { listOf<std::decay_t<decltype(e)>>(project).append(e); }, element);
}

namespace {

// A default element of the kind: the alternative at the kind's index.
template <std::size_t... I> AnyElement blankElement(ElementKind kind, std::index_sequence<I...>)
{
    AnyElement element;
    ((std::size_t(kind) == I ? void(element.emplace<I>()) : void()), ...);
    return element;
}

// Puts a new element in `zone`: what differs between kinds is only the
// field that names the zone (a NAT or firewall stands in front of it, a
// link joins two zones and takes none).
void placeIn(AnyElement &element, const ElementId &zone)
{
    std::visit(
        [&](auto &e) {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, Zone>)
                e.parent = zone;
            else if constexpr (std::is_same_v<T, NatLayer> || std::is_same_v<T, Firewall>)
                e.outside = zone;
            else if constexpr (!std::is_same_v<T, Link>)
                e.zone = zone;
        },
        element);
}

} // namespace

AnyElement makeElement(ElementKind kind, const ElementId &id, const ElementId &zone)
{
    AnyElement element = blankElement(kind, std::make_index_sequence<std::variant_size_v<AnyElement>>());
    setIdOf(element, id);
    placeIn(element, zone);
    return element;
}

} // namespace portolan
