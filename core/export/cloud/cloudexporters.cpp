#include "cloudexporters.h"

#include "awscliexporter.h"
#include "awscloudformationexporter.h"
#include "awsterraformexporter.h"
#include "azureterraformexporter.h"
#include "doctlexporter.h"
#include "doterraformexporter.h"
#include "gcloudexporter.h"
#include "gcpterraformexporter.h"
#include "kubernetesexporter.h"

namespace portolan {

ExporterList cloudExporters()
{
    ExporterList list;
    list.push_back(std::make_unique<AwsCloudFormationExporter>());
    list.push_back(std::make_unique<AwsTerraformExporter>());
    list.push_back(std::make_unique<AwsCliExporter>());
    list.push_back(std::make_unique<GcpTerraformExporter>());
    list.push_back(std::make_unique<GcloudExporter>());
    list.push_back(std::make_unique<AzureTerraformExporter>());
    list.push_back(std::make_unique<DoTerraformExporter>());
    list.push_back(std::make_unique<DoctlExporter>());
    list.push_back(std::make_unique<KubernetesExporter>());
    return list;
}

} // namespace portolan
