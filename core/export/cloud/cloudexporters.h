#pragma once

#include "export/exporterregistry.h"

namespace portolan {

// The `cloud` family: AWS, Google Cloud, Azure, DigitalOcean and
// Kubernetes, in the order `export --list` shows.
ExporterList cloudExporters();

} // namespace portolan
