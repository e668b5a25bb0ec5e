#pragma once

#include "export/exporterregistry.h"

namespace portolan {

// Adds the `network` family to the registry's list: the devices between
// the hosts. Gateway targets (boundary firewalls and NAT layers as
// nftables, iptables, ip6tables and pf files) and load balancer
// configuration (HAProxy, nginx stream).
void registerNetworkExporters(ExporterList &list);

} // namespace portolan
