#pragma once

#include "export/exporterregistry.h"

namespace portolan {

// Adds the document exporters (the port matrix as Markdown, CSV and HTML)
// to the registry's list.
void registerDocumentExporters(ExporterList &list);

} // namespace portolan
