#pragma once

#include "export/exporterregistry.h"

namespace portolan {

// The `host` family: one firewall per node (iptables, ip6tables, nftables,
// firewalld, ufw, pf, Windows), in the order `export --list` shows.
ExporterList hostExporters();

} // namespace portolan
