#include "networkexporters.h"

#include "export/loadbalancer/haproxyexporter.h"
#include "gatewayiptablesexporter.h"
#include "gatewaynftablesexporter.h"
#include "gatewaypfexporter.h"

namespace portolan {

ExporterList networkExporters()
{
    ExporterList list;
    list.push_back(std::make_unique<GatewayNftablesExporter>());
    list.push_back(std::make_unique<GatewayIptablesExporter>(IpFamily::IPv4));
    list.push_back(std::make_unique<GatewayIptablesExporter>(IpFamily::IPv6));
    list.push_back(std::make_unique<GatewayPfExporter>());
    list.push_back(std::make_unique<HaproxyExporter>());
    return list;
}

} // namespace portolan
