#pragma once

#include "labtopology.h"

namespace portolan {

// Fills every namespace's routes from the segments and routers: each
// segment's networks, and every address that lies outside its segment's
// networks as a host route, reached on-link or through the first router of
// a shortest path (ties broken by namespace order, so the result is
// deterministic). Private destinations are never routed across the internet
// segment, and the internet namespace routes to public addresses only.
class LabRouting
{
public:
    static void route(LabTopology &topology, const QString &internetSegment);
};

} // namespace portolan
