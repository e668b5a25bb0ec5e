#include "anyelement.h"

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
    std::visit(
        [&](const auto &e) {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, Zone>)
                project.zones.append(e);
            else if constexpr (std::is_same_v<T, Node>)
                project.nodes.append(e);
            else if constexpr (std::is_same_v<T, LoadBalancer>)
                project.loadBalancers.append(e);
            else if constexpr (std::is_same_v<T, NatLayer>)
                project.natLayers.append(e);
            else if constexpr (std::is_same_v<T, Firewall>)
                project.firewalls.append(e);
            else if constexpr (std::is_same_v<T, Link>)
                project.links.append(e);
            else
                project.clients.append(e);
        },
        element);
}

AnyElement makeElement(ElementKind kind, const ElementId &id, const ElementId &zone)
{
    switch (kind) {
    case ElementKind::Zone: {
        Zone z;
        z.id = id;
        z.parent = zone;
        return z;
    }
    case ElementKind::Node: {
        Node n;
        n.id = id;
        n.zone = zone;
        return n;
    }
    case ElementKind::LoadBalancer: {
        LoadBalancer lb;
        lb.id = id;
        lb.zone = zone;
        return lb;
    }
    case ElementKind::NatLayer: {
        NatLayer nat;
        nat.id = id;
        nat.outside = zone;
        return nat;
    }
    case ElementKind::Firewall: {
        Firewall fw;
        fw.id = id;
        fw.outside = zone;
        return fw;
    }
    case ElementKind::Link: {
        Link l;
        l.id = id;
        return l;
    }
    case ElementKind::Client:
        break;
    }
    Client c;
    c.id = id;
    c.zone = zone;
    return c;
}

} // namespace portolan
