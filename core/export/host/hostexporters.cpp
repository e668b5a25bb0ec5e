#include "hostexporters.h"

#include "firewalldexporter.h"
#include "iptablesexporter.h"
#include "nftablesexporter.h"
#include "pfexporter.h"
#include "ufwexporter.h"
#include "windowsexporter.h"

namespace portolan {

ExporterList hostExporters()
{
    ExporterList list;
    list.push_back(std::make_unique<IptablesExporter>(IpFamily::IPv4));
    list.push_back(std::make_unique<IptablesExporter>(IpFamily::IPv6));
    list.push_back(std::make_unique<NftablesExporter>());
    list.push_back(std::make_unique<FirewalldExporter>());
    list.push_back(std::make_unique<UfwExporter>());
    list.push_back(std::make_unique<PfExporter>());
    list.push_back(std::make_unique<WindowsExporter>());
    return list;
}

} // namespace portolan
