#pragma once

#include "labtopology.h"

#include "derive/ruleset.h"
#include "model/project.h"

namespace portolan {

// Project + derivation -> lab topology, by small named steps (sites,
// endpoints, gateway chains, links, addresses, routes). Pure and
// deterministic: the same input gives an equal topology. IPv4 only: the
// lab's routing and stand-ins are IPv4 (IPv6 host rules are proven on one
// flat segment by tests/netns); flows with only IPv6 ends are noted.
class LabTopologyBuilder
{
public:
    static LabTopology build(const Project &project, const Derivation &derivation);
};

} // namespace portolan
