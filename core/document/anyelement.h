#pragma once

#include "model/project.h"

#include <optional>
#include <variant>

namespace portolan {

// One element of any kind, by value: what add, remove, copy and paste carry.
using AnyElement = std::variant<Zone, Node, LoadBalancer, NatLayer, Firewall, Link, Client>;

ElementId idOf(const AnyElement &element);
void setIdOf(AnyElement &element, const ElementId &id);
ElementKind kindOf(const AnyElement &element);
std::optional<AnyElement> elementOf(const Project &project, const ElementId &id);
// Appends to the list of its kind (file order = insertion order).
void appendElement(Project &project, const AnyElement &element);
// A fresh element of `kind` with `id`, in `zone` (ignored where meaningless).
AnyElement makeElement(ElementKind kind, const ElementId &id, const ElementId &zone);

} // namespace portolan
