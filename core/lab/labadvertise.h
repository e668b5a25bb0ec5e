#pragma once

#include "labprobelist.h"
#include "labtopology.h"

#include "catalog/catalogset.h"
#include "derive/ruleset.h"
#include "model/project.h"

namespace portolan {

// The NAT advertise proof (issue 19, point 2): review's proposed advertise
// and listen settings (what `portolan-cli settings` prints) turned into
// probes from each peer to the advertised address:port.
class LabAdvertiseProbes
{
public:
    // One entry per single node and NAT-sensitive peer port whose product
    // puts address and port in what it advertises (Kong 0.x cluster).
    static QList<LabAdvertise> targets(const Project &project, const CatalogSet &catalogs,
                                       const Derivation &derived);
    // Appends the advertises and their probes (each peer host, each
    // protocol the catalog port names) to `probeList`, with listeners on the
    // listen ports. Pure.
    // "kong-b cluster_advertise 192.168.10.5:9000 -> cluster_listen 80 (kong-0.x/node)"
    static QString title(const LabAdvertise &advertise);
    static void add(const LabTopology &topology, const QList<LabAdvertise> &advertises,
                    LabProbeList *probeList);
};

} // namespace portolan
