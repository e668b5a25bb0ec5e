#pragma once

#include "export/exporterregistry.h"

namespace portolan {

// Adds the cloud exporters (AWS, Google Cloud, Azure, DigitalOcean,
// Kubernetes) to the registry's list, in the order `export --list` shows.
void registerCloudExporters(ExporterList &list);

} // namespace portolan
