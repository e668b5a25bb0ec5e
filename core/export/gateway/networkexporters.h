#pragma once

#include "export/exporterregistry.h"

namespace portolan {

// The `network` family: the devices between the hosts. Gateway targets (boundary firewalls and NAT layers as
// nftables, iptables, ip6tables and pf files) and load balancer
// configuration (HAProxy, nginx stream).
ExporterList networkExporters();

} // namespace portolan
