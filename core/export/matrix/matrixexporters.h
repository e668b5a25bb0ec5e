#pragma once

#include "export/exporterregistry.h"

namespace portolan {

// The `document` family: the port matrix as Markdown, CSV and HTML.
ExporterList matrixExporters();

} // namespace portolan
